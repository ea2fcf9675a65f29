"""Incidents: event claims about the same real event, merged across documents.

Linking (`link_store`) sweeps the store in time order, one event family at a
time, holding only the clusters that a claim still to come could join
(about five weeks of claims), never the whole store. docs/incidents.md
explains it with the numbers; in short:

* **What is linked.** Claims that are not aggregates and whose status is
  occurred, possible or denied. Aggregates ("more than 160 attacks"),
  planned and hypothetical claims, and claims dated no better than a year,
  stay incidents of their own. A denial is linked to the event it denies,
  which puts a contradiction on ``status``.
* **Blocking.** Two claims are compared only when they share an event family
  (ACLED's disorder types: political violence = Battles, Explosions/Remote
  violence, Violence against civilians; demonstrations = Protests, Riots;
  strategic developments), their date ranges are at most ``DAY_TOLERANCE``
  day apart (a range is as wide as the date's precision), and, when both
  are placed, their points are within the sum of their reaches
  (``REACH_KM``: 50 km at geo precision 1, wider when coarser). The store
  hands the claims over in date order; a grid of 1° x 8-day cells finds the
  neighbours.
* **Scoring** (`affinity`): additive evidence for and against "the same
  event", roughly a log-odds. For: the same day (+2), the same place (up to
  +2, all of it within ``CITY_KM``), the same sub-event type (+1), the same perpetrator (+2) and target
  (+1) or a unit of it, the same weapon, the same toll (more when large),
  shared wording. Against: a day apart (-0.5), distance (down to -3 at the
  edge of the reach), another sub-event type (-1) or event type (-1.5),
  another named perpetrator (-1.5), swapped roles (a retaliation, -2).
  Within one document date and place agreement count half (its claims
  share a dateline and an "on Tuesday"), while one statement coded twice,
  a source denying one version and giving its own, or an undated, unplaced
  mention (which only its article's story can place) count for.
* **Clustering.** Pairs scoring ``LINK_SCORE`` or more merge best first, and
  two clusters merge only when *every* cross pair is compatible (no
  blocking rule broken, none below ``CLASH_SCORE``) and the cross pairs
  average ``MEAN_SCORE``: a claim that fits two clearly different incidents
  cannot chain them.
* **Vague claims** (no coordinates, a date coarser than a week, or no date,
  when the week before publication is their window) never merge clusters.
  Each joins the one open cluster it fits best if it is compatible with all
  of its members, scores ``LINK_SCORE`` with one, and beats the runner-up
  by ``AMBIGUITY_MARGIN``; else it starts a cluster of its own that later
  vague claims may join. Candidates come from blocking keys: its document,
  the grid, and the days, named actors and words it shares with open
  clusters (a key shared by more than ``CANDIDATE_CAP`` clusters is too
  common to use).
* **Robustness.** A place that is the article's dateline ("BEIRUT, April 4
  —") says where the story was filed, not where the event was: the linker
  ignores it.

`build_incident` turns a group of claims into an `Incident`: per field
(actor1, actor2, killed, injured, casualties, date, location, status) every
distinct value with the claims and sources behind it, a consensus value and
the contradictions; `consensus` and `contradictions` state their rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Protocol

from .. import resources
from ..model import Actor, Contradiction, Count, DateRange, EventClaim, FieldValue, Incident, Place
from ..resources import fold
from ..serialize import actor_json, count_json, date_json, place_json

FIELDS = ("actor1", "actor2", "killed", "injured", "casualties", "date", "location")
FAR_APART_KM = 50.0
UNKNOWN_ACTORS = frozenset({"Unidentified Armed Group"})

# --- linking policy ------------------------------------------------------------------

FAMILIES: dict[str, str] = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}
LINKABLE_STATUSES = ("occurred", "possible", "denied")
ANCHOR_PRECISIONS = ("day", "week")  # dates precise enough to tell consecutive incidents apart
DAY_TOLERANCE = 1  # time zones, "overnight", "late on Monday" reported as Tuesday
UNDATED_LOOKBACK_DAYS = 7  # an undated claim is about the week before its publication
MAX_WINDOW_DAYS = 31  # a claim dated more loosely than a month is not linked
REACH_KM = {1: 50.0, 2: 75.0, 3: 150.0}  # how far a report may place an event from where it was
PLACE_BONUS = {1: 2.0, 2: 1.5, 3: 1.0}  # evidence of a shared place, by the coarser precision
FAR_PLACE_SCORE = -3.0  # at the edge of the reach
CITY_KM = 8.0  # points this near are told of one city, with the full bonus of a shared place
LINK_SCORE = 3.5
CLASH_SCORE = -1.0
MEAN_SCORE = 1.0
AMBIGUITY_MARGIN = 1.0
CELL_DEGREES = 1.0
CELL_DAYS = 8
# A blocking key shared by more open clusters than this is too common to tell anything.
CANDIDATE_CAP = {"actor": 50, "day": 50, "word": 10}
CLOSE_AFTER_DAYS = MAX_WINDOW_DAYS + 2 * DAY_TOLERANCE + 1

ACTOR1_SCORE = {"same": 2.0, "related": 1.0, "unknown": 0.0, "different": -1.5}
ACTOR2_SCORE = {"same": 1.0, "related": 0.5, "unknown": 0.0, "different": -0.5}
ROLE_SWAP_SCORE = -2.0
CLOSE_TOLL_RATIO = 0.75
LARGE_TOLL = 5
# Actors that name a crowd or a bystander rather than one organisation: they
# neither confirm nor contradict a link.
GENERIC_ACTOR_TYPES = frozenset({"unidentified", "civilians", "protesters", "rioters", "media", "ngo", "international"})
NON_COMBATANT_TYPES = frozenset({"civilians", "protesters"})
STATE_TYPES = frozenset({"state_forces", "police", "intelligence", "government"})

_STOPWORDS = frozenset(
    """
    about after again against also among and another any are around been before being between both but
    came come could does during each either from further have having here into it's its itself just least
    many might more most much near nearly only other over same several should since some such than that
    their them then there these they this those through under until upon very were what when where which
    while whom will with within would your said says saying told according reported report reports added
    including people killed killing wounded wounding injured injuring dead death toll attack attacks
    attacked strike strikes struck forces force sources source official officials military spokesman
    statement hours hour monday tuesday wednesday thursday friday saturday sunday today yesterday night
    morning evening afternoon week month year early late last first second three four five
    government position positions troops soldier soldiers fighter fighters militant militants civilian
    civilians member members area town city village province region district countryside armed group
    groups target targets targeted local security
    """.split()
)
_WORD = re.compile(r"[a-z]+")


# --- actors ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _ActorInfo:
    actor_id: str
    name: str
    type: str
    parent: str | None
    country: str | None


@lru_cache(maxsize=1)
def _actor_index() -> tuple[dict[str, _ActorInfo], dict[str, _ActorInfo]]:
    by_id = {
        a["id"]: _ActorInfo(a["id"], a["name"], a.get("type", ""), a.get("parent"), a.get("country"))
        for a in resources.actors()
    }
    return by_id, {fold(info.name): info for info in by_id.values()}


def _actor_info(actor_id: str | None, name: str) -> _ActorInfo | None:
    by_id, by_name = _actor_index()
    return by_id.get(actor_id or "") or by_name.get(fold(name))


def _is_generic(info: _ActorInfo | None) -> bool:
    return info is None or info.type in GENERIC_ACTOR_TYPES or info.actor_id.endswith("-militias")


def _lineage(info: _ActorInfo) -> frozenset[str]:
    return _lineage_of(info.actor_id)


@cache
def _lineage_of(actor_id: str) -> frozenset[str]:
    """The actor and its parents (a unit, its division, its army)."""
    by_id, _ = _actor_index()
    chain: set[str] = set()
    current = by_id.get(actor_id)
    while current is not None and current.actor_id not in chain:
        chain.add(current.actor_id)
        current = by_id.get(current.parent or "")
    return frozenset(chain)


def _related(a: _ActorInfo, b: _ActorInfo) -> bool:
    """One is part of the other (a wing, a division), or both are one country's state forces."""
    if a.actor_id in _lineage(b) or b.actor_id in _lineage(a):
        return True
    return a.type in STATE_TYPES and b.type in STATE_TYPES and a.country is not None and a.country == b.country


@dataclass(frozen=True)
class _ActorRef:
    key: str  # folded canonical name
    info: _ActorInfo | None
    generic: bool
    alternatives: frozenset[str]


def _actor_ref(actor: Actor | None) -> _ActorRef | None:
    if actor is None:
        return None
    info = _actor_info(actor.actor_id, actor.name)
    alternatives = frozenset(fold(a) for a in actor.alternatives)
    return _ActorRef(fold(actor.name), info, _is_generic(info), alternatives)


def _relation(a: _ActorRef | None, b: _ActorRef | None) -> str:
    if a is None or b is None or a.generic or b.generic:
        return "unknown"
    if a.key == b.key:
        return "same"
    if a.key in b.alternatives or b.key in a.alternatives:
        return "related"
    if a.info is not None and b.info is not None:
        if a.info.actor_id in _lineage(b.info) or b.info.actor_id in _lineage(a.info):
            return "related"  # a wing or a unit of the other
        if _related(a.info, b.info):
            return "unknown"  # one state's forces: neither the same unit nor rivals
    return "different"


# --- claims as the linker sees them ------------------------------------------------------


@dataclass(eq=False)
class _Node:
    claim: EventClaim
    family: str
    start: int  # time window, as date ordinals
    end: int
    dated: bool  # the window is the claim's own day- or week-precise date
    lat: float | None
    lon: float | None
    reach: float
    bonus: float
    country: str | None
    actor1: _ActorRef | None
    actor2: _ActorRef | None
    weapons: frozenset[str]
    weapon_families: frozenset[str]
    words: frozenset[str]
    cluster: _Cluster | None = None
    cells: tuple[tuple[int, int, int], ...] = ()
    scores: dict[str, float | None] = field(default_factory=dict)

    @property
    def anchored(self) -> bool:
        return self.dated and self.lat is not None and self.lon is not None


def _prepare(claim: EventClaim, published: dt.date | None) -> _Node | None:
    """The claim with what linking compares, or None when it is not linked at all."""
    family = FAMILIES.get(claim.event_type)
    window = _window(claim, published)
    if family is None or window is None or claim.aggregate or claim.status not in LINKABLE_STATUSES:
        return None
    place = None if _dateline(claim) else claim.location
    located = place is not None and place.lat is not None and place.lon is not None
    precision = min(max(place.precision, 1), 3) if place is not None else 3
    return _Node(
        claim=claim,
        family=family,
        start=window[0],
        end=window[1],
        dated=window[2],
        lat=place.lat if located else None,  # type: ignore[union-attr]
        lon=place.lon if located else None,  # type: ignore[union-attr]
        reach=REACH_KM[precision],
        bonus=PLACE_BONUS[precision],
        country=place.country if place is not None else None,
        actor1=_actor_ref(claim.actor1),
        actor2=_actor_ref(claim.actor2),
        weapons=frozenset(claim.weapons),
        weapon_families=frozenset(f for f in (resources.weapon_family(w) for w in claim.weapons) if f),
        words=_words(claim.evidence.text),
    )


def _dateline(claim: EventClaim) -> bool:
    """The place is the dateline ("BEIRUT, April 4 —"): where the story was filed, not where it happened."""
    place = claim.location
    return place is not None and place.text.isupper() and claim.evidence.text.lstrip().startswith(place.text)


def _window(claim: EventClaim, published: dt.date | None) -> tuple[int, int, bool] | None:
    date = claim.date
    if date is not None and date.start is not None and date.end is not None:
        span = (date.end - date.start).days
        if span > MAX_WINDOW_DAYS:
            return None
        return date.start.toordinal(), date.end.toordinal(), date.precision in ANCHOR_PRECISIONS and span <= 7
    if published is None:
        return None
    day = published.toordinal()
    return day - UNDATED_LOOKBACK_DAYS, day, False


def _words(text: str) -> frozenset[str]:
    words = set()
    for word in _WORD.findall(text.lower()):
        if len(word) < 4 or word in _STOPWORDS:
            continue
        words.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return frozenset(words)


# --- pair scores ---------------------------------------------------------------------------


def affinity(a: _Node, b: _Node) -> float | None:
    """Evidence that two claims describe one event: higher is likelier; None when they cannot."""
    if a.family != b.family:
        return None
    date = _date_score(a, b)
    place = _place_score(a, b) if date is not None else None
    if date is None or place is None:
        return None
    same_document = a.claim.doc_id == b.claim.doc_id
    if same_document:  # an article's claims share its dateline and its "on Tuesday"
        date, place = _halved(date), _halved(place)
    return (
        date
        + place
        + _type_score(a.claim, b.claim)
        + _actor_score(a, b)
        + _weapon_score(a, b)
        + _count_score(a.claim, b.claim)
        + _wording_score(a, b)
        + (_same_document_score(a, b) if same_document else 0.0)
    )


def _adrift(node: _Node) -> bool:
    """Neither its own date nor a place: only its article's context says which event it is."""
    return not node.dated and node.claim.date is None and node.lat is None


def explain(a: EventClaim, b: EventClaim, published: dict[str, dt.date | None] | None = None) -> str:
    """Why two claims do or do not link, in words (for evaluations and debugging)."""
    published = published or {}
    x, y = _prepare(a, published.get(a.doc_id)), _prepare(b, published.get(b.doc_id))
    if x is None or y is None:
        return "not linked by design (aggregate, plan, hypothesis, or no usable date)"
    if x.family != y.family:
        return "different event families"
    if _date_score(x, y) is None:
        return f"dates {max(x.start - y.end, y.start - x.end)} days apart"
    if _place_score(x, y) is None:
        return f"places {distance_km(x.lat, x.lon, y.lat, y.lon):.0f} km apart"  # type: ignore[arg-type]
    return f"score {affinity(x, y):.2f}"


def _halved(score: float) -> float:
    return score / 2 if score > 0 else score


def _date_score(a: _Node, b: _Node) -> float | None:
    gap = max(a.start - b.end, b.start - a.end, 0)
    if gap > DAY_TOLERANCE:
        return None
    if not (a.dated and b.dated):
        return 0.0
    if gap:
        return -0.5  # tolerated, but a day apart is evidence against
    return 2.0 if a.start == a.end and b.start == b.end else 1.0


def _place_score(a: _Node, b: _Node) -> float | None:
    if a.lat is not None and b.lat is not None:
        limit = a.reach + b.reach
        distance = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if distance > limit:
            return None
        same = max(a.reach, b.reach) / 3  # within this, the same place told two ways
        if distance <= same:
            # a city and a quarter of it ("the Beirut area", "Haret Hreik") are one place
            return min(a.bonus, b.bonus) * min(1.0, (same - distance) / (same - CITY_KM))
        return FAR_PLACE_SCORE * (distance - same) / (limit - same)
    if a.country and b.country and a.country != b.country:
        return -2.0
    return 0.0


def _type_score(a: EventClaim, b: EventClaim) -> float:
    if a.event_type != b.event_type:
        return -1.5
    if not a.sub_event_type or not b.sub_event_type:
        return 0.0
    return 1.0 if a.sub_event_type == b.sub_event_type else -1.0


def _actor_score(a: _Node, b: _Node) -> float:
    first = _relation(a.actor1, b.actor1)
    close = ("same", "related")
    if first == "different" and _relation(a.actor1, b.actor2) in close and _relation(a.actor2, b.actor1) in close:
        return ROLE_SWAP_SCORE
    return ACTOR1_SCORE[first] + ACTOR2_SCORE[_relation(a.actor2, b.actor2)]


def _weapon_score(a: _Node, b: _Node) -> float:
    """The same weapon (beyond what the sub-event type implies) for; unrelated weapon families against."""
    if not a.weapons or not b.weapons:
        return 0.0
    if a.weapons & b.weapons:
        return 0.5
    return 0.0 if a.weapon_families & b.weapon_families else -0.5


def _count_score(a: EventClaim, b: EventClaim) -> float:
    return _toll_score(a.killed, b.killed) + _toll_score(a.injured, b.injured) / 2


def _toll_score(a: Count | None, b: Count | None) -> float:
    """A shared toll is evidence of one event, the more so the larger it is; a close one (tolls
    get revised) half as much."""
    if a is None or b is None or a.min == 0 or b.min == 0:
        return 0.0
    weight = 1.0 if min(a.min, b.min) >= LARGE_TOLL else 0.5  # "one killed" matches by chance
    if not _disjoint_counts(count_json(a), count_json(b)):  # type: ignore[arg-type]
        return weight
    below, above = (a, b) if a.max is not None and a.max < b.min else (b, a)
    return weight / 2 if (below.max or 0) / above.min >= CLOSE_TOLL_RATIO else 0.0


def _wording_score(a: _Node, b: _Node) -> float:
    if not a.words or not b.words:
        return 0.0
    dice = 2 * len(a.words & b.words) / (len(a.words) + len(b.words))
    return min(1.5, 3.0 * dice)


def _same_document_score(x: _Node, y: _Node) -> float:
    a, b = x.claim, y.claim
    if a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end:
        return 2.0  # one statement coded twice
    if a.refers_to == b.event_id or b.refers_to == a.event_id:
        return 3.0
    score = 1.0 if _adrift(x) or _adrift(y) else 0.0  # a mention with no date and no place is about the story
    statuses = {a.status, b.status}
    if "denied" in statuses and len(statuses) == 2 and fold(a.attribution.source) == fold(b.attribution.source):
        score += 1.5  # a source denies one version and gives its own
    return score


# --- the sweep -------------------------------------------------------------------------------


@dataclass(eq=False)
class _Cluster:
    nodes: list[_Node]
    last: int  # the last day any member's window reaches
    alive: bool = True


class _Sweep:
    """Clusters one family's claims, in time order, keeping only open clusters in memory."""

    def __init__(self) -> None:
        self.grid: dict[tuple[int, int, int], set[_Node]] = defaultdict(set)
        self.postings: dict[tuple[str, object], set[_Cluster]] = defaultdict(set)  # blocking key -> open clusters
        self.heap: list[tuple[int, int, _Cluster]] = []
        self.order = itertools.count()
        self.now = -math.inf
        self.done: list[list[EventClaim]] = []
        self.pairs = 0  # pair scores computed (a cost measure)

    def run(self, located: Iterator[_Node], loose: Iterator[_Node]) -> Iterator[list[EventClaim]]:
        """Sweep claims in time order: `located` by first day, `loose` by the end of their window."""
        placed, vague = _Peek(located), _Peek(loose)
        demoted: list[tuple[int, str, _Node]] = []  # placed claims that proved vague (a dateline place)
        while placed.head is not None or vague.head is not None or demoted:
            head, nxt = placed.head, _next_vague(vague, demoted)
            if head is not None and (nxt is None or head.start <= nxt.end + DAY_TOLERANCE):
                self.advance(head.start)
                chunk = placed.take_day(head.start)
                for node in chunk:
                    if not node.anchored:
                        heapq.heappush(demoted, (node.end, node.claim.event_id, node))
                self.add_anchored([n for n in chunk if n.anchored])
            else:
                node = heapq.heappop(demoted)[2] if demoted and demoted[0][2] is nxt else vague.pop()
                self.advance(node.end + DAY_TOLERANCE)
                self.attach(node)
            yield from self.drain()
        for cluster in list(self.open_clusters()):
            self.close(cluster)
        yield from self.drain()

    def drain(self) -> Iterator[list[EventClaim]]:
        done, self.done = self.done, []
        yield from done

    # -- anchored claims: pairs, best first, merged under the complete-link check

    def add_anchored(self, nodes: list[_Node]) -> None:
        pairs: list[tuple[float, str, str, _Node, _Node]] = []
        for node in nodes:
            self.open(node)
            for other in self.neighbours(node):
                score = self.score(node, other)
                if score is not None and score >= LINK_SCORE:
                    pairs.append((-score, node.claim.event_id, other.claim.event_id, node, other))
            self.place(node)
        pairs.sort(key=lambda p: p[:3])
        for *_, a, b in pairs:
            self.try_merge(a.cluster, b.cluster)  # type: ignore[arg-type]

    def neighbours(self, node: _Node) -> set[_Node]:
        """Claims in the grid cells that the node's reach and time window (± tolerance) touch."""
        found: set[_Node] = set()
        early, late = node.start - DAY_TOLERANCE, node.end + DAY_TOLERANCE
        for cell in _cells(node, DAY_TOLERANCE):
            found.update(o for o in self.grid.get(cell, ()) if o.end >= early and o.start <= late)
        found.discard(node)
        return found

    def try_merge(self, a: _Cluster, b: _Cluster) -> bool:
        if a is b:
            return False
        total = 0.0
        for x in a.nodes:
            for y in b.nodes:
                score = self.score(x, y)
                if score is None or score < CLASH_SCORE:
                    return False
                total += score
        if total / (len(a.nodes) * len(b.nodes)) < MEAN_SCORE:
            return False
        self.merge(a, b)
        return True

    # -- vague claims: join the one cluster they fit, or stay alone

    def attach(self, node: _Node) -> None:
        ranked = sorted(
            (
                (fit, min(n.claim.event_id for n in c.nodes), c)
                for c in self.candidates(node)
                if (fit := self.fit(node, c)) is not None
            ),
            key=lambda r: (-r[0], r[1]),
        )
        best = ranked[0] if ranked else None
        clear = best is not None and (len(ranked) == 1 or best[0] - ranked[1][0] >= AMBIGUITY_MARGIN)
        if best is not None and best[0] >= LINK_SCORE and clear:
            self.join(best[2], node)
        else:
            self.open(node)  # later vague claims may join it
        if node.lat is not None:
            self.place(node)

    def candidates(self, node: _Node) -> set[_Cluster]:
        """Open clusters of its document, near it, or sharing a day, a named actor or a rare word."""
        found: set[_Cluster] = set()
        for key in _keys(node):
            posting = self.postings.get(key, set())
            if len(posting) <= CANDIDATE_CAP.get(key[0], math.inf):
                found |= posting
        if node.lat is not None:
            for cell in _cells(node, DAY_TOLERANCE):
                found.update(o.cluster for o in self.grid.get(cell, ()) if o.cluster is not None)
        return {c for c in found if c.alive}

    def fit(self, node: _Node, cluster: _Cluster) -> float | None:
        """The best pair score with a member, if the claim is compatible with every member."""
        best = -math.inf
        for member in cluster.nodes:
            score = self.score(node, member)
            if score is None or score < CLASH_SCORE:
                return None
            best = max(best, score)
        return best

    # -- bookkeeping

    def score(self, a: _Node, b: _Node) -> float | None:
        key = b.claim.event_id
        if key not in a.scores:
            self.pairs += 1
            a.scores[key] = affinity(a, b)
            b.scores[a.claim.event_id] = a.scores[key]
        return a.scores[key]

    def open(self, node: _Node) -> None:
        cluster = _Cluster([node], node.end)
        node.cluster = cluster
        self.index(cluster, [node])
        self.schedule(cluster)

    def place(self, node: _Node) -> None:
        node.cells = tuple(_cells(node, 0))
        for cell in node.cells:
            self.grid[cell].add(node)

    def join(self, cluster: _Cluster, node: _Node) -> None:
        node.cluster = cluster
        cluster.nodes.append(node)
        self.index(cluster, [node])
        if node.end > cluster.last:
            cluster.last = node.end
            self.schedule(cluster)

    def merge(self, a: _Cluster, b: _Cluster) -> None:
        big, small = (a, b) if len(a.nodes) >= len(b.nodes) else (b, a)
        self.unindex(small, small.nodes)
        small.alive = False
        for node in small.nodes:
            node.cluster = big
        big.nodes.extend(small.nodes)
        self.index(big, small.nodes)
        small.nodes = []
        big.last = max(big.last, small.last)
        self.schedule(big)

    def index(self, cluster: _Cluster, nodes: Iterable[_Node]) -> None:
        for node in nodes:
            for key in _keys(node):
                self.postings[key].add(cluster)

    def unindex(self, cluster: _Cluster, nodes: Iterable[_Node]) -> None:
        for node in nodes:
            for key in _keys(node):
                members = self.postings.get(key)
                if members is not None:
                    members.discard(cluster)
                    if not members:
                        del self.postings[key]

    def schedule(self, cluster: _Cluster) -> None:
        heapq.heappush(self.heap, (cluster.last + CLOSE_AFTER_DAYS, next(self.order), cluster))

    def advance(self, day: float) -> None:
        """Close the clusters that no claim still to come can join."""
        self.now = max(self.now, day)
        while self.heap and self.heap[0][0] < self.now:
            due, _, cluster = heapq.heappop(self.heap)
            if cluster.alive and due == cluster.last + CLOSE_AFTER_DAYS:
                self.close(cluster)

    def close(self, cluster: _Cluster) -> None:
        cluster.alive = False
        self.unindex(cluster, cluster.nodes)
        for node in cluster.nodes:
            for cell in node.cells:
                self.grid[cell].discard(node)
                if not self.grid[cell]:
                    del self.grid[cell]
            node.scores.clear()
            node.cluster = None  # no reference cycles left for the garbage collector
        self.done.append([n.claim for n in cluster.nodes])
        cluster.nodes = []

    def open_clusters(self) -> Iterator[_Cluster]:
        seen: set[int] = set()
        for _, _, cluster in self.heap:
            if cluster.alive and id(cluster) not in seen:
                seen.add(id(cluster))
                yield cluster


def _next_vague(vague: _Peek, demoted: list[tuple[int, str, _Node]]) -> _Node | None:
    if demoted and (vague.head is None or demoted[0][0] <= vague.head.end):
        return demoted[0][2]
    return vague.head


class _Peek:
    def __init__(self, items: Iterator[_Node]) -> None:
        self.items = items
        self.head: _Node | None = next(items, None)

    def pop(self) -> _Node:
        head, self.head = self.head, next(self.items, None)
        return head  # type: ignore[return-value]

    def take_day(self, day: int) -> list[_Node]:
        """The claims whose window starts on `day` (the stream is in that order)."""
        taken = []
        while self.head is not None and self.head.start == day:
            taken.append(self.pop())
        return taken


def _keys(node: _Node) -> list[tuple[str, object]]:
    """Blocking keys for claims without a usable place: document, named actors, days, words."""
    keys: list[tuple[str, object]] = [("doc", node.claim.doc_id)]
    keys += [("actor", r.key) for r in (node.actor1, node.actor2) if r is not None and not r.generic]
    if node.dated:
        keys += [("day", day) for day in range(node.start, node.end + 1)]
    keys += [("word", word) for word in node.words]
    return keys


def _cells(node: _Node, days: int) -> Iterator[tuple[int, int, int]]:
    """The grid cells (space and time) that the node's reach and window, widened by `days`, touch."""
    first, last = (node.start - days) // CELL_DAYS, (node.end + days) // CELL_DAYS
    for i, j in _squares(node.lat, node.lon, node.reach):  # type: ignore[arg-type]
        for t in range(first, last + 1):
            yield i, j, t


def _squares(lat: float, lon: float, radius_km: float) -> Iterator[tuple[int, int]]:
    """The grid squares that a circle of `radius_km` around a point touches (its bounding box)."""
    dlat = radius_km / 111.0
    lat_lo, lat_hi = max(lat - dlat, -90.0), min(lat + dlat, 90.0)
    poleward = min(max(abs(lat_lo), abs(lat_hi)), 89.0)
    dlon = radius_km / (111.0 * max(math.cos(math.radians(poleward)), 0.05))
    columns = round(360 / CELL_DEGREES)
    for i in range(math.floor(lat_lo / CELL_DEGREES), math.floor(lat_hi / CELL_DEGREES) + 1):
        for j in range(math.floor((lon - dlon) / CELL_DEGREES), math.floor((lon + dlon) / CELL_DEGREES) + 1):
            yield i, j % columns


# --- where the claims come from ------------------------------------------------------------


class ClaimSource(Protocol):
    """What linking needs from the store (`sitrep.store.Store` provides it)."""

    def events_by_date(
        self, event_types: Sequence[str], statuses: Sequence[str], precisions: Sequence[str]
    ) -> Iterator[EventClaim]: ...

    def events_by_window(
        self, event_types: Sequence[str], statuses: Sequence[str], precisions: Sequence[str]
    ) -> Iterator[tuple[EventClaim, str | None]]: ...

    def events_excluded(self, event_types: Sequence[str], statuses: Sequence[str]) -> Iterator[EventClaim]: ...


class MemorySource:
    """The same three queries over claims in memory (tests, small batches).

    Claims carry no publication date; an undated claim's window ends on the
    last day its document's other claims reach, as in the store without one.
    """

    def __init__(self, claims: Iterable[EventClaim]) -> None:
        self.claims = list(claims)
        latest: dict[str, dt.date] = {}
        for c in self.claims:
            if c.date is not None and c.date.end is not None and c.date.end > latest.get(c.doc_id, dt.date.min):
                latest[c.doc_id] = c.date.end
        self.latest = latest

    def events_by_date(
        self, event_types: Sequence[str], statuses: Sequence[str], precisions: Sequence[str]
    ) -> Iterator[EventClaim]:
        chosen = [c for c in self.claims if _linkable(c, event_types, statuses) and _anchored(c, precisions)]
        return iter(sorted(chosen, key=lambda c: (c.date.start, c.event_id)))  # type: ignore[union-attr]

    def events_by_window(
        self, event_types: Sequence[str], statuses: Sequence[str], precisions: Sequence[str]
    ) -> Iterator[tuple[EventClaim, str | None]]:
        chosen = [c for c in self.claims if _linkable(c, event_types, statuses) and not _anchored(c, precisions)]
        rows = [(c, _iso(self.latest.get(c.doc_id))) for c in chosen]
        rows.sort(key=lambda row: (_iso(row[0].date.end if row[0].date else None) or row[1] or "", row[0].event_id))
        return iter(rows)

    def events_excluded(self, event_types: Sequence[str], statuses: Sequence[str]) -> Iterator[EventClaim]:
        return iter(sorted((c for c in self.claims if not _linkable(c, event_types, statuses)), key=_event_id))


def _event_id(claim: EventClaim) -> str:
    return claim.event_id


def _linkable(claim: EventClaim, event_types: Sequence[str], statuses: Sequence[str]) -> bool:
    return claim.event_type in event_types and claim.status in statuses and not claim.aggregate


def _anchored(claim: EventClaim, precisions: Sequence[str]) -> bool:
    place, date = claim.location, claim.date
    located = place is not None and place.lat is not None and place.lon is not None
    return located and date is not None and None not in (date.start, date.end) and date.precision in precisions


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# --- linking and building ----------------------------------------------------------------------


@dataclass
class LinkStats:
    """What linking cost: claims seen, pair scores computed, groups made."""

    claims: int = 0
    pairs: int = 0
    groups: int = 0


def link_source(source: ClaimSource, stats: LinkStats | None = None) -> Iterator[list[EventClaim]]:
    """Groups of claims about one event; every claim of the source in exactly one group.

    Three queries partition the claims: located and precisely dated ones in
    order of date, the other linkable ones in order of their window's end,
    and those linking leaves alone. Memory holds the open clusters only.
    """
    stats = stats if stats is not None else LinkStats()
    families = _family_types()
    for types in families.values():
        sweep = _Sweep()
        alone: list[EventClaim] = []
        located = _nodes(
            ((c, None) for c in source.events_by_date(types, LINKABLE_STATUSES, ANCHOR_PRECISIONS)), alone, stats
        )
        loose = _nodes(source.events_by_window(types, LINKABLE_STATUSES, ANCHOR_PRECISIONS), alone, stats)
        for group in sweep.run(located, loose):
            yield from _singletons(alone, stats)
            stats.groups += 1
            yield group
        yield from _singletons(alone, stats)
        stats.pairs += sweep.pairs
    every_type = [t for types in families.values() for t in types]
    for claim in source.events_excluded(every_type, LINKABLE_STATUSES):
        stats.claims += 1
        stats.groups += 1
        yield [claim]


def _nodes(rows: Iterable[tuple[EventClaim, Any]], alone: list[EventClaim], stats: LinkStats) -> Iterator[_Node]:
    """Prepared claims; those without a usable time window go to `alone`."""
    for claim, published in rows:
        stats.claims += 1
        node = _prepare(claim, _as_date(published))
        if node is None:
            alone.append(claim)
        else:
            yield node


def _singletons(alone: list[EventClaim], stats: LinkStats) -> Iterator[list[EventClaim]]:
    while alone:
        stats.groups += 1
        yield [alone.pop()]


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _family_types() -> dict[str, list[str]]:
    families: dict[str, list[str]] = {}
    for event_type, family in FAMILIES.items():
        families.setdefault(family, []).append(event_type)
    return families


def link(claims: Iterable[EventClaim]) -> list[list[EventClaim]]:
    """Groups of claims about one event, for claims in memory."""
    return list(link_source(MemorySource(claims)))


def link_store(store: ClaimSource, stats: LinkStats | None = None) -> Iterator[list[EventClaim]]:
    """Groups of claims about one event, read from the store in time order."""
    return link_source(store, stats)


def build_incidents(claims: Iterable[EventClaim]) -> list[Incident]:
    return [build_incident(group) for group in link(claims)]


def build_incidents_from_store(store: ClaimSource, stats: LinkStats | None = None) -> list[Incident]:
    """Every incident of the stored claims.

    Returns a list, so that all reading is over before the caller writes the
    incidents back into the same SQLite file.
    """
    return [build_incident(group) for group in link_store(store, stats)]


def build_incident(group: Sequence[EventClaim]) -> Incident:
    claims = sorted(group, key=lambda c: c.event_id)
    event_ids = tuple(c.event_id for c in claims)
    every = {name: _values(claims, name) for name in (*FIELDS, "status")}
    voting = [c for c in claims if c.status != "denied"] or claims
    votes = {name: _values(voting, name) for name in FIELDS}
    votes["status"] = every["status"]
    by_id = {c.event_id: c for c in claims}
    agreed = {name: consensus(name, values, by_id) for name, values in votes.items() if values}
    event_type, sub_event_type = _consensus_type(voting, by_id)
    return Incident(
        incident_id="inc-" + hashlib.sha256("|".join(event_ids).encode()).hexdigest()[:16],
        event_ids=event_ids,
        doc_ids=tuple(sorted({c.doc_id for c in claims})),
        event_type=event_type,
        sub_event_type=sub_event_type,
        location=_claim_value(voting, "location", agreed.get("location")),  # type: ignore[arg-type]
        date=_claim_value(voting, "date", agreed.get("date")),  # type: ignore[arg-type]
        fields={k: v for k, v in every.items() if v},
        contradictions=tuple(contradictions(votes)),
        consensus=agreed,
    )


def _consensus_type(claims: Sequence[EventClaim], by_id: dict[str, EventClaim]) -> tuple[str, str]:
    kinds: dict[tuple[str, str], list[str]] = {}
    for claim in claims:
        kinds.setdefault((claim.event_type, claim.sub_event_type), []).append(claim.event_id)
    confidence = {k: max(by_id[i].confidence for i in ids) for k, ids in kinds.items()}
    return max(kinds, key=lambda k: (_voices(kinds[k], by_id), confidence[k], k))


def _claim_value(claims: Sequence[EventClaim], name: str, value: Any) -> Place | DateRange | None:
    """The claim's own record (a `Place`, a `DateRange`) behind a consensus value."""
    for claim in claims:
        if value is not None and _value_of(claim, name) == value:
            return getattr(claim, name)  # type: ignore[no-any-return]
    return None


def _value_of(claim: EventClaim, name: str) -> Any:
    value = getattr(claim, name)
    if value is None:
        return None
    if name in ("actor1", "actor2"):
        return actor_json(value)["name"]  # type: ignore[index]
    if name in ("killed", "injured", "casualties"):
        return count_json(value)
    if name == "date":
        data = date_json(value)
        return None if data is None or data["start"] is None else {"start": data["start"], "end": data["end"]}
    if name == "location":
        data = place_json(value)
        return None if data is None else {k: data[k] for k in ("name", "lat", "lon", "country", "precision")}
    return value


def _values(group: Sequence[EventClaim], name: str) -> tuple[FieldValue, ...]:
    merged: dict[str, tuple[Any, list[str], list[str]]] = {}
    for claim in group:
        value = _value_of(claim, name)
        if value is None:
            continue
        key = repr(value)
        _, ids, sources = merged.setdefault(key, (value, [], []))
        ids.append(claim.event_id)
        if claim.attribution.source not in sources:
            sources.append(claim.attribution.source)
    return tuple(FieldValue(v, tuple(ids), tuple(sources)) for v, ids, sources in merged.values())


# --- contradictions ----------------------------------------------------------------------------


def contradictions(fields: dict[str, tuple[FieldValue, ...]]) -> list[Contradiction]:
    """Fields on which the claims cannot all be right.

    Numbers: disjoint ranges. Actors: two different canonical actors of the
    dictionary, neither part of the other, not both bystanders (civilians,
    protesters), "Unidentified Armed Group" never. Dates: ranges that do not
    overlap. Places: more than 50 km apart, both placed at least "near" a
    named place (geo precision 1 or 2). Status: a denial beside an
    occurred/possible claim. `build_incident` leaves denials out of every
    field but status: a denial's actor is the one it clears, not a version.
    """
    found = []
    for name, values in fields.items():
        test = _CONFLICT_TESTS.get(name)
        if test is None or len(values) < 2:
            continue
        clashing = [v for v in values if any(test(v.value, other.value) for other in values if other is not v)]
        if clashing:
            found.append(Contradiction(name, tuple(clashing)))
    return found


def _disjoint_counts(a: dict[str, Any], b: dict[str, Any]) -> bool:
    a_max = math.inf if a["max"] is None else a["max"]
    b_max = math.inf if b["max"] is None else b["max"]
    return bool(a_max < b["min"] or b_max < a["min"])


def _different_actors(a: str, b: str) -> bool:
    first, second = _actor_info(None, a), _actor_info(None, b)
    if a == b or first is None or second is None or "unidentified" in (first.type, second.type):
        return False
    if first.type in NON_COMBATANT_TYPES and second.type in NON_COMBATANT_TYPES:
        return False
    return not _related(first, second)


def _disjoint_dates(a: dict[str, str], b: dict[str, str]) -> bool:
    return a["end"] < b["start"] or b["end"] < a["start"]


def _far_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]) or max(a["precision"] or 3, b["precision"] or 3) > 2:
        return False
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) > FAR_APART_KM


def _status_clash(a: str, b: str) -> bool:
    return "denied" in (a, b) and {a, b} & {"occurred", "possible"} != set()


_CONFLICT_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "actor1": _different_actors,
    "actor2": _different_actors,
    "killed": _disjoint_counts,
    "injured": _disjoint_counts,
    "casualties": _disjoint_counts,
    "date": _disjoint_dates,
    "location": _far_apart,
    "status": _status_clash,
}


# --- consensus ------------------------------------------------------------------------------------

_STATUS_ORDER = {"occurred": 4, "possible": 3, "denied": 2, "planned": 1, "hypothetical": 0}


def consensus(name: str, values: Sequence[FieldValue], claims: dict[str, EventClaim] | None = None) -> Any:
    """The value the most independent voices give; ties go to the most conservative.

    A voice is a named source (the same monitor quoted by three outlets is
    one voice) or the author of one document. Denials do not vote except on
    status. An unidentified actor is not a version of who did it: any named
    actor wins over it. Ties: the lowest count (ACLED's conservative toll),
    then the narrowest range; the narrowest, then earliest, date; the most
    precise place; occurred over possible over denied.
    """

    def rank(value: FieldValue) -> tuple[Any, ...]:
        support = _voices(value.event_ids, claims) if claims else len(set(value.sources))
        v: Any = value.value
        if name in ("killed", "injured", "casualties"):
            return (support, -v["min"], -(math.inf if v["max"] is None else v["max"]))
        if name in ("actor1", "actor2"):
            return (v not in UNKNOWN_ACTORS, support)  # "unidentified" is no version of who did it
        if name == "date":
            return (support, -(dt.date.fromisoformat(v["end"]) - dt.date.fromisoformat(v["start"])).days, -_day(v))
        if name == "location":
            return (support, -(v.get("precision") or 3))
        if name == "status":
            return (support, _STATUS_ORDER.get(v, 0))
        return (support,)

    return max(values, key=rank).value


def _day(value: dict[str, str]) -> int:
    return dt.date.fromisoformat(value["start"]).toordinal()


def _voices(event_ids: Iterable[str], claims: dict[str, EventClaim] | None) -> int:
    voices = set()
    for event_id in event_ids:
        claim = (claims or {}).get(event_id)
        if claim is not None:
            source = fold(claim.attribution.source)
            voices.add((source, claim.doc_id if source == "author" else ""))
    return len(voices)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
