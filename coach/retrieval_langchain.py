"""The hybrid retriever as a LangChain ``BaseRetriever`` (kept apart: importing LangChain takes a second)."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from coach.retrieval import HybridRetriever


class GuidanceRetriever(BaseRetriever):
    """The hybrid retriever as a LangChain ``BaseRetriever``, so LCEL chains can compose with it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    hybrid: HybridRetriever
    k: int = 3
    task: str | None = None
    audience: str | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        results = self.hybrid.search(query, self.k, task=self.task, audience=self.audience)
        return [
            LCDocument(page_content=r.text, metadata={k: v for k, v in r.to_json().items() if k != "text"})
            for r in results
        ]
