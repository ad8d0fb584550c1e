"""Seeded plans of realistic shape, for tests and benchmarks.

:func:`generate_plan` builds a plan of one of the named sizes from a seed; the
same size and seed give the same plan on every machine. Delegations have
realistic stays (most are in town for the whole event, some arrive late or
leave early), people have ranks and roles, venues sit in buildings with
capacities and features, sessions include plenaries for all delegations that
need interpretation, fixed sessions, windows, remote speakers, speakers of
other delegations who must attend in person, and an order (the opening
first, the closing last, some sessions after others), and bilateral requests
have priorities, windows, needs and statuses.

Every generated plan can have all of its sessions placed: while generating,
each session is given a place in a witness timetable that keeps rules 1–10,
and its fixed start, venue, window, order and speakers are drawn around that
place. The witness is not part of the plan: the ``schedule`` is left empty.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from planner.domain import times
from planner.domain.model import (
    ALL,
    BilateralRequest,
    Delegation,
    DelegationKind,
    Event,
    Feature,
    Fixed,
    Organizer,
    Person,
    Plan,
    Rank,
    RequestStatus,
    Role,
    Session,
    SessionKind,
    Span,
    Venue,
    Window,
)


@dataclass(frozen=True)
class Size:
    """The shape of a generated plan."""

    name: str
    title: str
    city: str
    timezone: str
    start: date
    days: int
    states: int
    organisations: int
    buildings: int
    venues: int
    sessions: int
    fixed_sessions: int
    requests: int
    day_start: time = time(8, 0)
    day_end: time = time(20, 0)
    slot_minutes: int = 15
    changeover_minutes: int = 20


SIZES: dict[str, Size] = {
    size.name: size
    for size in (
        Size(
            "small",
            "Working meeting of the Foreign Ministers",
            "Vienna",
            "Europe/Vienna",
            date(2021, 10, 30),
            2,
            7,
            1,
            2,
            4,
            10,
            1,
            20,
        ),
        Size(
            "cica",
            "Meeting of the Ministers of Foreign Affairs",
            "Nur-Sultan",
            "Asia/Almaty",
            date(2021, 10, 11),
            2,
            36,
            10,
            2,
            6,
            15,
            3,
            120,
        ),
        Size(
            "asean",
            "Foreign Ministers' Meeting and related meetings",
            "Jakarta",
            "Asia/Jakarta",
            date(2023, 7, 11),
            3,
            26,
            4,
            3,
            15,
            24,
            6,
            400,
        ),
        Size(
            "unga",
            "High-level week of the General Assembly",
            "New York",
            "America/New_York",
            date(2026, 9, 21),
            6,
            193,
            20,
            4,
            40,
            180,
            150,
            2500,
        ),
        Size(
            "stress",
            "Stress test conference",
            "Berlin",
            "Europe/Berlin",
            date(2026, 10, 20),
            10,
            470,
            30,
            8,
            100,
            300,
            150,
            10000,
        ),
    )
}
"""The sizes :func:`generate_plan` knows: ``small`` for tests, then CICA, ASEAN,
UNGA high-level week and a stress size (the stress event crosses the end of
summer time in Berlin)."""

_SYLLABLES = (
    "al",
    "ar",
    "ba",
    "bel",
    "da",
    "dor",
    "el",
    "fa",
    "gar",
    "ha",
    "ia",
    "ka",
    "la",
    "lor",
    "ma",
    "mon",
    "na",
    "nor",
    "o",
    "pa",
    "ra",
    "ri",
    "sa",
    "sol",
    "ta",
    "tur",
    "u",
    "va",
    "vin",
    "za",
    "zor",
)
_STATE_FORMS = ("{}", "{}", "{}", "Republic of {}", "Kingdom of {}", "{} Islands", "United {}")
_ORG_FORMS = (
    "{} Cooperation Organisation",
    "{} Development Bank",
    "Union of {} States",
    "{} Economic Community",
    "League of {}",
)
_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Anna", "Marco", "Sofia", "Jonas", "Lucía", "Pierre"), ("Novak", "García", "Dubois")),
    (("Ақан", "Ерлан", "Айгүл", "Дина", "Нұрлан"), ("Сәрсенбаев", "Рахимова", "Қасымов")),
    (("Иван", "Мария", "Ольга", "Сергей"), ("Петров", "Иванова", "Смирнов")),
    (("伟", "芳", "敏", "静"), ("王", "李", "张", "刘")),
    (("محمد", "فاطمة", "علي", "مريم"), ("الحسن", "العلي", "حداد")),
    (("דוד", "שרה", "יוסי"), ("כהן", "לוי", "מזרחי")),
    (("สมชาย", "สุดา", "วิชัย"), ("ศรีสุข", "ทองดี")),
    (("민준", "서연", "지호"), ("김", "이", "박")),
    (("अर्जुन", "प्रिया", "राहुल"), ("शर्मा", "वर्मा", "पटेल")),
    (("Νίκος", "Ελένη", "Γιώργος"), ("Παπαδόπουλος", "Γεωργίου")),
    (("رضا", "زهرا", "حسین"), ("احمدی", "رضایی", "کریمی")),
)
_POSITIONS = {
    Rank.HEAD_OF_STATE: "President",
    Rank.HEAD_OF_GOVERNMENT: "Prime Minister",
    Rank.MINISTER: "Minister of Foreign Affairs",
    Rank.DEPUTY_MINISTER: "Deputy Minister of Foreign Affairs",
    Rank.AMBASSADOR: "Permanent Representative",
    Rank.SENIOR_OFFICIAL: "Director-General",
    Rank.OFFICIAL: "Counsellor",
    Rank.STAFF: "Attaché",
}


def generate_plan(size: str, seed: int = 0) -> Plan:
    """A plan of the named size (see :data:`SIZES`) drawn from ``seed``.

    Raises:
        ValueError: ``size`` is not one of :data:`SIZES`.
    """
    shape = SIZES.get(size)
    if shape is None:
        raise ValueError(f"unknown plan size {size!r}; choose one of {', '.join(SIZES)}")
    return _Generator(shape, random.Random(f"{size}:{seed}")).plan()


class _Witness:
    """A timetable that keeps rules 1–10, used to make every session placeable."""

    def __init__(self, event: Event, venues: tuple[Venue, ...]) -> None:
        self.event = event
        self.building = {venue.id: venue.building for venue in venues}
        self.venue: dict[str, list[tuple[int, int]]] = {v.id: [] for v in venues}
        for venue in venues:
            for span in venue.unavailable:
                self.venue[venue.id].append((times.minutes(span.start), times.minutes(span.end)))
        self.delegation: dict[str, list[tuple[int, int, str]]] = {}
        self.person: dict[str, list[tuple[int, int]]] = {}
        self.session: dict[str, tuple[int, int]] = {}

    def free(
        self, venue: str, start: int, end: int, delegations: list[str], people: tuple[str, ...]
    ) -> bool:
        if any(a < end and start < b for a, b in self.venue[venue]):
            return False
        for person in people:
            if any(a < end and start < b for a, b in self.person.get(person, ())):
                return False
        building = self.building[venue]
        gap = self.event.changeover_minutes
        for delegation in delegations:
            for a, b, other in self.delegation.get(delegation, ()):
                margin = 0 if other == building else gap
                if a < end + margin and start < b + margin:
                    return False
        return True

    def book(
        self, venue: str, start: int, end: int, delegations: list[str], people: tuple[str, ...]
    ) -> None:
        self.venue[venue].append((start, end))
        for person in people:
            self.person.setdefault(person, []).append((start, end))
        for delegation in delegations:
            self.delegation.setdefault(delegation, []).append((start, end, self.building[venue]))


class _Generator:
    def __init__(self, size: Size, rng: random.Random) -> None:
        self.size = size
        self.rng = rng
        self.tz = times.zone(size.timezone)
        self.event = Event(
            id=f"{size.name}-{size.start:%Y}",
            name=size.title,
            city=size.city,
            timezone=size.timezone,
            start_date=size.start,
            end_date=size.start + timedelta(days=size.days - 1),
            day_start=size.day_start,
            day_end=size.day_end,
            slot_minutes=size.slot_minutes,
            changeover_minutes=size.changeover_minutes,
            organizer=Organizer("Protocol Office", "protocol@example.org"),
            languages=("en", "fr"),
        )
        self.days = self.event.days
        self.bounds = [
            tuple(times.minutes(bound) for bound in self.event.day_bounds(day)) for day in self.days
        ]

    # Helpers ---------------------------------------------------------------

    def at(self, day_index: int, hour: int, minute: int = 0) -> int:
        day = self.size.start + timedelta(days=day_index)
        return times.minutes(times.at(day, time(hour, minute), self.tz))

    def dt(self, minute: int) -> datetime:
        return times.from_minutes(minute, self.tz)

    def word(self, used: set[str]) -> str:
        while True:
            count = self.rng.choice((2, 2, 3))
            text = "".join(self.rng.choice(_SYLLABLES) for _ in range(count)).capitalize()
            if text not in used and len(text) > 3:
                used.add(text)
                return text

    # Parts of the plan -----------------------------------------------------

    def plan(self) -> Plan:
        delegations = self.delegations()
        people = self.people(delegations)
        venues = self.venues(len(delegations))
        self.witness = _Witness(self.event, venues)
        sessions = self.sessions(delegations, people, venues)
        requests = self.requests(delegations)
        # Drawn last, from their own stream, so that the rest of each plan is
        # what it was before plans had an order and speakers.
        sessions = self.programme(sessions, delegations, people)
        return Plan(
            event=self.event,
            venues=venues,
            delegations=delegations,
            people=people,
            sessions=sessions,
            requests=requests,
        )

    def delegations(self) -> tuple[Delegation, ...]:
        size, rng = self.size, self.rng
        used: set[str] = set()
        result = []
        first, last = 0, size.days - 1
        for index in range(size.states + size.organisations):
            is_state = index < size.states
            if index == 0:
                kind = DelegationKind.HOST
            elif is_state:
                kind = rng.choices(
                    (DelegationKind.MEMBER_STATE, DelegationKind.OBSERVER_STATE), (5, 1)
                )[0]
            else:
                kind = rng.choice(
                    (DelegationKind.PARTNER_ORG, DelegationKind.OBSERVER_ORG, DelegationKind.GUEST)
                )
            stem = self.word(used)
            form = rng.choice(_STATE_FORMS if is_state else _ORG_FORMS)
            prefix = "d" if is_state else "o"
            arrival = self.at(first, 7) - rng.choice((60, 180, 600, 900))
            departure = self.at(last, 20) + rng.choice((60, 120, 600))
            roll = rng.random()
            if kind is not DelegationKind.HOST and roll < 0.12:
                arrival = self.at(rng.randint(first, last), rng.choice((10, 12, 14, 16)))
            elif kind is not DelegationKind.HOST and roll < 0.24:
                departure = self.at(rng.randint(first, last), rng.choice((12, 14, 16, 18)))
            result.append(
                Delegation(
                    id=f"{prefix}{index:03d}",
                    name=form.format(stem),
                    kind=kind,
                    arrival=self.dt(arrival),
                    departure=self.dt(departure),
                    languages=(rng.choice(("en", "fr", "es", "ru", "ar", "zh")),),
                    timezone=rng.choice(
                        (
                            "Asia/Almaty",
                            "Europe/Paris",
                            "America/Lima",
                            "Africa/Cairo",
                            "Asia/Tokyo",
                        )
                    ),
                )
            )
        return tuple(result)

    def people(self, delegations: tuple[Delegation, ...]) -> tuple[Person, ...]:
        rng = self.rng
        result = []
        for delegation in delegations:
            given, family = rng.choice(_NAMES)
            state = delegation.id.startswith("d")
            if delegation.kind is DelegationKind.HOST:
                head_rank = Rank.MINISTER
            elif state:
                head_rank = rng.choices(
                    (
                        Rank.HEAD_OF_STATE,
                        Rank.HEAD_OF_GOVERNMENT,
                        Rank.MINISTER,
                        Rank.DEPUTY_MINISTER,
                    ),
                    (1, 1, 5, 2),
                )[0]
            else:
                head_rank = rng.choice((Rank.SENIOR_OFFICIAL, Rank.AMBASSADOR))
            count = rng.choice((2, 3, 3, 4))
            roles = [Role.HEAD, Role.DEPUTY, Role.MEMBER, Role.ADVISER][:count]
            ranks = [head_rank, Rank.AMBASSADOR, Rank.SENIOR_OFFICIAL, Rank.OFFICIAL][:count]
            for number, (role, rank) in enumerate(zip(roles, ranks, strict=True), start=1):
                senior = rank.order <= Rank.AMBASSADOR.order
                result.append(
                    Person(
                        id=f"p-{delegation.id}-{number}",
                        delegation=delegation.id,
                        given_name=rng.choice(given),
                        family_name=rng.choice(family),
                        rank=rank,
                        role=role,
                        honorific="H.E." if senior else None,
                        position=_POSITIONS.get(rank),
                        email=f"{role.value}.{delegation.id}@example.org" if number <= 2 else None,
                    )
                )
        return tuple(result)

    def venues(self, delegation_count: int) -> tuple[Venue, ...]:
        size, rng = self.size, self.rng
        everything = (
            Feature.INTERPRETATION,
            Feature.VIDEO_LINK,
            Feature.PRESS,
            Feature.ACCESSIBLE,
            Feature.FLAGS,
        )
        buildings = [
            f"{name} Building"
            for name in (
                "North",
                "Conference",
                "Palace",
                "East",
                "Riverside",
                "Tower",
                "West",
                "Garden",
            )
        ][: size.buildings]
        plenary = 2 * delegation_count + 40
        result = [
            Venue("v-hall", "Plenary Hall", buildings[0], plenary, everything),
            Venue(
                "v-banquet",
                "Banquet Hall",
                buildings[-1],
                plenary,
                (Feature.CATERING, Feature.ACCESSIBLE, Feature.FLAGS, Feature.PRESS),
            ),
        ]
        for index in range(2, size.venues):
            building = buildings[index % len(buildings)]
            kind = index % 4
            features: tuple[Feature, ...]
            if kind == 0:
                capacity = rng.choice((60, 80, 120, 200))
                features = (
                    Feature.INTERPRETATION,
                    Feature.FLAGS,
                    Feature.ACCESSIBLE,
                    Feature.VIDEO_LINK,
                )
                name = f"Conference Room {index}"
            elif kind == 1:
                capacity = rng.choice((30, 40, 60))
                features = tuple(
                    f
                    for f in (Feature.INTERPRETATION, Feature.PRESS, Feature.VIDEO_LINK)
                    if rng.random() < 0.6
                )
                name = f"Meeting Room {index}"
            else:
                capacity = rng.choice((8, 10, 12, 16))
                features = tuple(
                    f for f in (Feature.FLAGS, Feature.INTERPRETATION) if rng.random() < 0.6
                )
                name = f"Bilateral Room {index}"
            unavailable: tuple[Span, ...] = ()
            if rng.random() < 0.1:
                day = rng.randrange(size.days)
                opens = self.at(day, rng.choice((9, 13, 15)))
                unavailable = (Span(self.dt(opens), self.dt(opens + 120)),)
            result.append(Venue(f"v-{index:03d}", name, building, capacity, features, unavailable))
        return tuple(result)

    def sessions(
        self,
        delegations: tuple[Delegation, ...],
        people: tuple[Person, ...],
        venues: tuple[Venue, ...],
    ) -> tuple[Session, ...]:
        size, rng = self.size, self.rng
        witness = self.witness
        heads = {p.delegation: p.id for p in people if p.role is Role.HEAD}
        host = delegations[0].id
        ids = [d.id for d in delegations]
        result: list[Session] = []
        drafts: list[Session] = []
        # Sessions for all: an opening and a closing plenary, a lunch a day,
        # a welcome dinner, and a statement by video link.
        drafts.append(
            Session(
                "s-opening",
                "Opening plenary",
                SessionKind.PLENARY,
                90,
                ALL,
                people=(heads[host],),
                extra_seats=20,
                needs=(Feature.INTERPRETATION, Feature.FLAGS),
            )
        )
        for day in range(size.days):
            drafts.append(
                Session(
                    f"s-lunch-{day + 1}",
                    f"Working lunch, day {day + 1}",
                    SessionKind.MEAL,
                    rng.choice((60, 75, 90)),
                    ALL,
                    extra_seats=10,
                    needs=(Feature.CATERING,),
                )
            )
        drafts.append(
            Session(
                "s-dinner",
                "Welcome dinner",
                SessionKind.MEAL,
                120,
                ALL,
                extra_seats=10,
                needs=(Feature.CATERING,),
            )
        )
        remote_person = heads[ids[min(len(ids) - 1, 3)]]
        drafts.append(
            Session(
                "s-video",
                "Statement by video link",
                SessionKind.PLENARY,
                15,
                ALL,
                remote=(remote_person,),
                extra_seats=10,
                needs=(Feature.INTERPRETATION,),
            )
        )
        drafts.append(
            Session(
                "s-closing",
                "Closing plenary",
                SessionKind.PLENARY,
                60,
                ALL,
                people=(heads[host],),
                extra_seats=20,
                needs=(Feature.INTERPRETATION,),
            )
        )
        kinds = (
            SessionKind.MINISTERIAL,
            SessionKind.SIDE_EVENT,
            SessionKind.OTHER,
            SessionKind.PRESS,
            SessionKind.CEREMONY,
        )
        fixed_quota = size.fixed_sessions

        def place(draft: Session) -> bool:
            nonlocal fixed_quota
            spot = self.find_spot(draft, witness, delegations, venues)
            if spot is None:
                return False
            venue, start, involved = spot
            end = start + draft.duration_minutes
            witness.book(venue, start, end, involved, (*draft.people, *draft.remote))
            witness.session[draft.id] = (start, end)
            session = self.constrain(draft, venue, start, fixed_quota > 0)
            if session.fixed is not None and session.fixed.start is not None:
                fixed_quota -= 1
            result.append(session)
            return True

        # The witness places the sessions for all first, then the others.
        for draft in drafts:
            place(draft)
        number = attempts = 0
        while len(result) < size.sessions and attempts < size.sessions * 4:
            attempts += 1
            count = min(len(ids), rng.choice((2, 3, 4, 5, 6, 8, 10, 12)))
            members = tuple(sorted(rng.sample(ids, count)))
            kind = rng.choice(kinds)
            needs: tuple[Feature, ...] = ()
            if rng.random() < 0.5:
                needs = (Feature.INTERPRETATION,)
            if kind is SessionKind.PRESS:
                needs = (Feature.PRESS,)
            chair = (heads[members[0]],) if rng.random() < 0.3 else ()
            draft = Session(
                f"s-{number + 1:03d}",
                f"{kind.value.replace('_', ' ').capitalize()} {number + 1}",
                kind,
                rng.choice((30, 45, 60, 60, 90, 120)),
                members,
                people=chair,
                seats_per_delegation=rng.choice((1, 2, 2, 3)),
                extra_seats=rng.choice((0, 4, 10)),
                needs=needs,
            )
            if place(draft):
                number += 1
        return tuple(result)

    def programme(
        self,
        sessions: tuple[Session, ...],
        delegations: tuple[Delegation, ...],
        people: tuple[Person, ...],
    ) -> tuple[Session, ...]:
        """The order (rule 10) and in-person speakers (rule 4), as the witness allows."""
        rng = random.Random(f"{self.size.name}:{self.rng.random()}:programme")
        spans = self.witness.session
        by_id = {session.id: session for session in sessions}
        after: dict[str, list[str]] = {session.id: [] for session in sessions}

        def follows(later: str, earlier: str) -> bool:
            return later in spans and earlier in spans and spans[earlier][1] <= spans[later][0]

        for later in ("s-video", "s-closing", *(f"s-lunch-{d + 1}" for d in range(self.size.days))):
            if later in by_id and follows(later, "s-opening"):
                after[later].append("s-opening")
        if follows("s-closing", "s-video"):
            after["s-closing"].append("s-video")
        others = [s for s in sessions if not s.for_all and s.id in spans]
        for session in others:
            if rng.random() < 0.3:
                earlier = [o for o in others if follows(session.id, o.id)]
                sharing = [o for o in earlier if set(o.delegations) & set(session.delegations)]
                choice = sharing or earlier
                if choice:
                    after[session.id].append(rng.choice(choice).id)
        heads = [p for p in people if p.role is Role.HEAD]
        stays = {d.id: d for d in delegations}
        result = []
        for session in sessions:
            speakers: tuple[str, ...] = ()
            if not session.for_all and session.id in spans and rng.random() < 0.2:
                start, end = spans[session.id]
                # Prefer delegations in town for part of the event: the rule has teeth then.
                candidates = sorted(
                    (
                        p
                        for p in heads
                        if p.delegation not in session.delegations
                        and p.id not in session.people
                        and self.stay_covers(stays[p.delegation], start, end)
                        and not any(
                            a < end and start < b for a, b in self.witness.person.get(p.id, ())
                        )
                    ),
                    key=lambda p: (
                        times.minutes(stays[p.delegation].departure)
                        - times.minutes(stays[p.delegation].arrival),
                        p.id,
                    ),
                )
                if candidates:
                    speaker = candidates[0] if rng.random() < 0.7 else rng.choice(candidates)
                    speakers = (speaker.id,)
                    self.witness.person.setdefault(speaker.id, []).append((start, end))
            if speakers or after[session.id]:
                session = replace(
                    session, people=(*session.people, *speakers), after=tuple(after[session.id])
                )
            result.append(session)
        return tuple(result)

    def find_spot(
        self,
        draft: Session,
        witness: _Witness,
        delegations: tuple[Delegation, ...],
        venues: tuple[Venue, ...],
    ) -> tuple[str, int, list[str]] | None:
        rng, size = self.rng, self.size
        slot = size.slot_minutes
        day_order = list(range(size.days))
        if draft.id == "s-opening":
            day_order = [0]
        elif draft.id == "s-closing":
            day_order = [size.days - 1]
        elif draft.id.startswith("s-lunch-"):
            day_order = [int(draft.id.rsplit("-", 1)[1]) - 1]
        elif draft.id == "s-dinner":
            day_order = [0]
        else:
            rng.shuffle(day_order)
        needs = draft.required_features
        suitable = [venue for venue in venues if set(needs) <= set(venue.features)]
        rng.shuffle(suitable)
        for day in day_order:
            opens, closes = self.bounds[day]
            starts = list(range(opens, closes - draft.duration_minutes + 1, slot))
            if draft.id == "s-dinner":
                starts = [s for s in starts if s >= self.at(day, 17)]
            elif draft.id.startswith("s-lunch-"):
                starts = [s for s in starts if self.at(day, 12) <= s <= self.at(day, 13, 30)]
            elif draft.id in ("s-opening", "s-closing"):
                starts = sorted(
                    starts, key=lambda s: (s - opens) if draft.id == "s-opening" else -(s - opens)
                )
            else:
                rng.shuffle(starts)
            for start in starts:
                end = start + draft.duration_minutes
                if draft.for_all:
                    involved = [
                        d.id for d in delegations if d.present(self.dt(start), self.dt(end))
                    ]
                else:
                    involved = list(draft.delegations)
                    if not all(
                        self.stay_covers(d, start, end) for d in delegations if d.id in involved
                    ):
                        continue
                seats = draft.seats_per_delegation * len(involved) + draft.extra_seats
                for venue in suitable:
                    if venue.capacity >= seats and witness.free(
                        venue.id, start, end, involved, (*draft.people, *draft.remote)
                    ):
                        return venue.id, start, involved
        return None

    def stay_covers(self, delegation: Delegation, start: int, end: int) -> bool:
        return times.minutes(delegation.arrival) <= start and end <= times.minutes(
            delegation.departure
        )

    def constrain(self, draft: Session, venue: str, start: int, may_fix: bool) -> Session:
        """The session with a fixed place or a window drawn around its witness place."""
        rng = self.rng
        end = start + draft.duration_minutes
        if draft.id == "s-dinner" or (may_fix and not draft.for_all and rng.random() < 0.9):
            return _with(draft, fixed=Fixed(self.dt(start), venue))
        roll = rng.random()
        if draft.id in ("s-opening", "s-closing") or roll < 0.4:
            before = rng.choice((0, 30, 60, 120))
            after = rng.choice((0, 30, 60, 120))
            return _with(draft, window=Window(self.dt(start - before), self.dt(end + after)))
        if roll < 0.5:
            return _with(draft, fixed=Fixed(venue=venue))
        return draft

    def requests(self, delegations: tuple[Delegation, ...]) -> tuple[BilateralRequest, ...]:
        size, rng = self.size, self.rng
        ids = [d.id for d in delegations]
        popular = ids[: max(3, len(ids) // 10)]
        seen: set[tuple[str, str]] = set()
        result: list[BilateralRequest] = []
        attempts = 0
        while len(result) < size.requests and attempts < size.requests * 20:
            attempts += 1
            first = rng.choice(ids)
            second = rng.choice(popular) if rng.random() < 0.3 else rng.choice(ids)
            pair = (min(first, second), max(first, second))
            if first == second or (pair in seen and rng.random() < 0.9):
                continue
            seen.add(pair)
            priority = rng.choices((1, 2, 3, 4, 5), (1, 2, 3, 3, 2))[0]
            status = rng.choices(
                (RequestStatus.REQUESTED, RequestStatus.AGREED, RequestStatus.DECLINED),
                (6, 3, 1),
            )[0]
            window = None
            if rng.random() < 0.2:
                day = rng.randrange(size.days)
                opens, closes = self.bounds[day]
                if rng.random() < 0.5:
                    window = Window(self.dt(opens), self.dt(closes))
                else:
                    middle = self.at(day, 13)
                    window = (
                        Window(self.dt(opens), self.dt(middle))
                        if rng.random() < 0.5
                        else Window(self.dt(middle), self.dt(closes))
                    )
            needs: tuple[Feature, ...] = ()
            if rng.random() < 0.3:
                needs = (Feature.FLAGS,)
            elif rng.random() < 0.15:
                needs = (Feature.INTERPRETATION,)
            result.append(
                BilateralRequest(
                    id=f"br-{len(result) + 1:05d}",
                    from_delegation=first,
                    to_delegation=second,
                    duration_minutes=rng.choice((30, 30, 45, 45, 60)),
                    priority=priority,
                    window=window,
                    needs=needs,
                    status=status,
                )
            )
        return tuple(result)


def _with(session: Session, fixed: Fixed | None = None, window: Window | None = None) -> Session:
    return replace(session, fixed=fixed, window=window)
