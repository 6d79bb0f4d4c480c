"""LangChain view of our hybrid search, so LangChain chains and LLM answerers can use it as is."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from index.search import HybridSearch
from ingest.domain import SearchFilters, SearchHit


def hit_to_document(hit: SearchHit) -> Document:
    """The cited text stays the page content; everything needed to cite it goes in metadata."""
    metadata = hit.model_dump(mode="json", exclude={"text", "highlights"})
    return Document(page_content=hit.text, metadata=metadata, id=hit.paragraph_id)


class HybridRetriever(BaseRetriever):
    """Hybrid (BM25 + dense) retrieval over the notices in Chroma."""

    search: HybridSearch
    k: int = 5
    filters: SearchFilters | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [hit_to_document(hit) for hit in self.search.search(query, self.k, self.filters)]
