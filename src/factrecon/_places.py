"""Where a figure is: the places its clause, its list item's head or the story's lead name, each with its role."""

from __future__ import annotations

import attrs

from factrecon._page import _CLAUSE_REACH, _ITEM, Page, _Line, _Word
from factrecon.lexicon import PlaceHit
from factrecon.model import Place, Quantity, Span

# the roles a place an anaphor stands for can have: where the figure is, and a bare name
_WHERE = frozenset({"in", "of", "at"})
# the most characters between two places joined by a conjunction ("Алматы мен Астанада": one short word)
_JOIN_REACH = 12


class Places:
    """The places of one page's clauses, list items and story."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._country: str | None = None  # the country the story is about (:meth:`_story_country`)
        self._country_read = False
        self._looking_back = 0  # how many antecedents are being looked for (:meth:`_antecedent`)

    def story_places(self) -> tuple[Place, ...]:
        """The regions and cities the headline, the lede and a reporter's dateline name ("Оралда", "ШЫМКЕНТ."):
        where the story is.

        Every claim carries them with the role "at", so that reconciliation can tell
        two stories apart (a mill in Shymkent, a forum in Oral) even where a
        figure's own clause names no place. An agency's dateline (``АСТАНА.
        KAZINFORM —``) gives none: any of the agency's stories is written there.
        """
        lead = self.page.sentences[:3]
        # a list starts the body: "🏙 Астана – 4 млн шаршы метр" under a channel's headline is a figure's place,
        # not where the story is told from
        items = [k for k, sent in enumerate(lead) if k and self.page.line(self.page.line_of(sent.start)).kind == _ITEM]
        lead = lead[: items[0]] if items else lead
        if not lead:
            return ()
        found = self.places(Span(lead[0].start, lead[-1].end), lead[0])
        seen: set[str] = set()
        out = []
        for p in found:
            if "-" in p.code and p.code not in seen:
                seen.add(p.code)
                out.append(attrs.evolve(p, role="at"))
        start, end, code = self.page.dateline
        if "-" in code and code not in seen:
            out.append(Place(code, "at", start, end, self.page.text[start:end]))
        return tuple(out)

    def _head_places(self, q: Quantity, line: _Line) -> tuple[Place, ...]:
        """The places a list item's head, or the words before a bracketed figure, name: the figure's own."""
        span = self.page._head_span(q, line)
        if span is None:
            return ()
        # a name with no case of its own ("Қашқадарё вилояти – ...") is the figure's scope
        return tuple(
            attrs.evolve(p, role="of") if p.role == "at" else p
            for p in self.page._memo("places", span, self._read_places)
        )

    def places(self, clause: Span, sent: Span) -> tuple[Place, ...]:
        """The places named in *clause*, each with its role."""
        del sent
        found: tuple[Place, ...] = self.page._memo("places", clause, self._read_places)
        return found

    def _read_places(self, clause: Span) -> tuple[Place, ...]:
        words = self.page.words_in(clause.start, clause.end)
        found: list[Place] = []
        i = 0
        while i < len(words):
            n = self._anaphor_at(words, i)
            if n:
                # "Мұнда", "В этом регионе", "Bu hududda" (here, in this region): the place named just before
                start, end = words[i].start, words[i + n - 1].end
                # of several places ("Toshkent shahri va Samarqand viloyatida ... Bu yerda"), all of them: the
                # figure is theirs together, no one place's
                found.extend(Place(code, "in", start, end, self.page.text[start:end])
                             for code in self._antecedents(start))
                i += n
                continue
            hit = self.page.lex.place_at(words, i, self.page.doc.lang) or self._story_country_at(words, i)
            if hit is None:
                i += 1
                continue
            code, n, rest, demonym = hit
            page = self.page
            if page.dateline[0] <= words[i].start < page.dateline[1] or words[i].start in page.number_words:
                # the dateline's name (where the story was written, not where its facts are), or a word of an
                # amount ("АҚШ долларын": the currency's name)
                i += n
                continue
            last = words[i + n - 1]
            role = "from" if demonym else self._role(rest, words[i + n] if i + n < len(words) else None,
                                                     words[i - 1] if i else None)
            found.append(Place(code, role, words[i].start, last.end, self.page.text[words[i].start : last.end]))
            i += n
        return self._coordinated(found)

    def _coordinated(self, found: list[Place]) -> tuple[Place, ...]:
        """*found* with a bare name joined by a conjunction to a place of a role taking that role: "Алматы мен
        Астанада", "Тошкент ва Самарқандда", "в Алматы и Астане" (in Almaty and Astana) name both where, not one
        of them as a bare name. (The words between two neighbours, by bisection: linear in a clause of places.)"""
        out = list(found)
        for k in range(len(out) - 2, -1, -1):
            first, second = out[k], out[k + 1]
            if (first.role == "at") == (second.role == "at") or second.start - first.end > _JOIN_REACH:
                continue
            between = self.page.words_in(first.end, second.start)
            if len(between) == 1 and between[0].low in self.page.ctx.conjunctions:
                role = second.role if first.role == "at" else first.role
                out[k], out[k + 1] = attrs.evolve(first, role=role), attrs.evolve(second, role=role)
        return tuple(out)

    def referred(self, sent: Span) -> tuple[Place, ...]:
        """The place of the sentence before *sent*, when *sent* refers back to it with a pronoun ("Бұл
        республикалық орташа деңгейден 36,6%-ға жоғары": this is 36,6 % above the national average), as the
        pronoun's: the one place the sentence before names (:meth:`_antecedent`); () when there is none."""
        at: int | None = self.page._memo("pronoun", sent, self.page._first_pronoun)
        if at is None:
            return ()
        code = self._antecedent(sent.start)
        if code is None:
            return ()
        end = self.page.words_in(at, sent.end)[0].end
        return (Place(code, "in", at, end, self.page.text[at:end]),)

    def national(self, si: int) -> tuple[Place, ...]:
        """The country the sentence before sentence *si*, in its paragraph, names as the only place where ("Биыл
        елімізде 22,8 млн тонна астық жиналды. Орташа өнімділік 14,7 центнер"): the country a sentence that
        names no place goes on about; () when that sentence names a region, several places or none."""
        if not si or self.page._paragraph(si) != self.page._paragraph(si - 1):
            return ()
        before = self.page.sentences[si - 1]
        read: tuple[Place, ...] = self.page._memo("places", before, self._read_places)
        named = [p for p in read if p.role in _WHERE]
        if len({p.code for p in named}) != 1 or "-" in named[0].code:
            return ()
        return (attrs.evolve(named[0], role="in"),)

    def _anaphor_at(self, words: list[_Word], i: int) -> int:
        """How many words a place anaphor ("мұнда", "в этом регионе") at word *i* has; 0 when none starts there.

        Whole words: "мұндай" (such) is no "мұнда" (here).
        """
        if words[i].low not in self.page.ctx.place_anaphor_starts:
            return 0  # most words: one look-up, not a scan of every phrase
        for phrase in self.page.ctx.place_anaphors:
            n = len(phrase)
            if i + n <= len(words) and all(words[i + k].low == phrase[k] for k in range(n)):
                return n
        return 0

    def _antecedent(self, pos: int) -> str | None:
        """The one place named just before *pos* (:meth:`_antecedents`); None when there is none or more than one."""
        codes = self._antecedents(pos)
        return codes[0] if len(codes) == 1 else None

    def _antecedents(self, pos: int) -> tuple[str, ...]:
        """The places named just before *pos*: earlier in its sentence, else in the sentence before (whose
        own "here" counts), sorted; of a region and its country, the region.

        Only where ("in", "of") or a bare name ("Маңғыстау облысы"), never an origin or a partner ("from",
        "with"); at most two sentences back, so that a page of "here"s stays linear.
        """
        if self._looking_back >= 2 or not self.page.sentences:
            return ()
        si = self.page.sentence_of_pos(pos)
        sent = self.page.sentences[si]
        self._looking_back += 1
        try:
            # within its sentence, only a clause's reach back (a page written as one long sentence stays linear);
            # the sentence before whole
            spans = [Span(max(sent.start, pos - _CLAUSE_REACH), pos)] + ([self.page.sentences[si - 1]] if si else [])
            for span in spans:
                named = [p for p in self._read_places(span) if p.role in _WHERE]
                if not named:
                    continue
                regions = {p.code for p in named if "-" in p.code}
                return tuple(sorted(regions or {p.code for p in named}))
            return ()
        finally:
            self._looking_back -= 1

    def _story_country_at(self, words: list[_Word], i: int) -> PlaceHit | None:
        """"Қўшни мамлакатда", "көрші елге" (in, to the neighbouring country) at word *i*: the country the
        story is about, the first its headline and lede name; None when they name none."""
        if not words[i].low.startswith(self.page.ctx.story_country_starts):
            return None  # most words: one call, not a scan of every phrase
        for phrase in self.page.ctx.story_country:
            n = len(phrase)
            if i + n > len(words) or not words[i + n - 1].low.startswith(phrase[-1]):
                continue
            if any(words[i + k].low != phrase[k] for k in range(n - 1)):
                continue
            rest = words[i + n - 1].low[len(phrase[-1]):]
            code = self._story_country()
            if code is None or (rest and rest not in self.page.lex.place_suffixes):
                return None  # (not "көрші елдер", the neighbouring countries)
            return PlaceHit(code, n, rest, False)
        return None

    def _story_country(self) -> str | None:
        """The first country the headline and lede (the first three sentences) name, read once."""
        if not self._country_read:
            self._country_read = True
            lead = self.page.sentences[:3]
            words = self.page.words_in(lead[0].start, lead[-1].end) if lead else []
            for i in range(len(words)):
                hit = self.page.lex.place_at(words, i, self.page.doc.lang)
                if hit is not None and "-" not in hit[0] and words[i].start not in self.page.number_words:
                    self._country = hit[0]
                    break
        return self._country

    def _role(self, rest: str, following: _Word | None, previous: _Word | None = None) -> str:
        """The role a preposition before a place name gives it (ru ``в Казахстане``: in, ``из Китая``:
        from), else the name's own ending, else the word after it.

        ``Қазақстанда`` (in), ``Ресеймен`` (with); a bare or possessive name takes its
        role from a postposition (``Россия Федерацияси билан``: with), and a bare name
        from the noun that carries the case (``Россия университетларида``: in,
        ``Ғарбий Қозоғистон вилоятининг``: of) or an origin noun (``Россия фуқаролари``: from).
        """
        if previous is not None:
            for role, words in self.page.ctx.prepositions.items():
                if previous.low in words:
                    return role
        for role in ("of", "in", "from", "with"):
            if rest and rest in self.page.ctx.role_suffixes.get(role, ()):
                return role
        if following is None:
            return "at"
        for role, words in self.page.ctx.postpositions.items():
            if following.low in words:
                return role
        if rest:
            return "at"
        if any(following.low.startswith(n) for n in self.page.ctx.origin_nouns):
            return "from"
        for role in ("of", "in", "with"):
            # longer than the ending: "Қазақстан мен Ресей" has the conjunction мен, not Ресеймен
            if any(following.low.endswith(s) and len(following.low) > len(s)
                   for s in self.page.ctx.role_suffixes.get(role, ())):
                return role
        return "at"
