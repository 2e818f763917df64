"""With what status a figure is stated: under way, completed, planned, a target."""

from __future__ import annotations

from factrecon._page import Page
from factrecon.model import Span


class Statuses:
    """The status of each figure of one page."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def status(self, clause: Span, sent: Span, si: int) -> str | None:
        """The status its clause states, else its sentence, else the sentence a pronoun continues.

        "... 30-дан астам жоба қолға алынбақ. Бұл ... 30 мыңнан астам жұмыс орнын
        ашуға мүмкіндік береді": the jobs of the second sentence are planned too.
        """
        own = self._status_in(clause) or self._status_in(sent)
        if own is None and si > 0 and self.page._continues_sentence(sent):
            return self._status_in(self.page.sentences[si - 1])
        return own

    def _status_in(self, span: Span) -> str | None:
        page = self.page
        found: str | None = page._memo("status", span, lambda s: page._first_match(s, page.ctx.status_patterns))
        return found
