"""A map of North-East Asia drawn as SVG on the server from country outlines shipped with the
application (no tiles: the machines that serve NEASPEC Hub may not reach the internet)."""

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypedDict

OUTLINES = Path(__file__).resolve().parent / "geo" / "countries-50m.json"
# The frame: longitude 95°E-150°E, latitude 28°N-58°N.
WEST, EAST, SOUTH, NORTH = 95.0, 150.0, 28.0, 58.0
WIDTH = 640
HEIGHT = round(WIDTH * (NORTH - SOUTH) / (EAST - WEST) / 0.8)  # 0.8 ≈ cos(37°), the mid-latitude
# ISO 3166 numeric codes of the member States in the outlines, with the Hub's codes for them.
# Only they are named on the map, by the Hub's (the UN's) names in the reader's language: the
# outlines' own English names ("South Korea", "North Korea"...) are not the programme's, and
# no other territory is named at all.
MEMBERS = {"156": "CN", "408": "KP", "392": "JP", "496": "MN", "410": "KR", "643": "RU"}


@dataclass(frozen=True)
class Outline:
    name: str  # a member State's name; empty for the land around them
    path: str
    member: bool


@dataclass(frozen=True)
class Marker:
    label: str
    x: float
    y: float
    url: str


@dataclass
class Map:
    width: int = WIDTH
    height: int = HEIGHT
    outlines: list[Outline] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)  # boundaries given as GeoJSON, as SVG paths


def project(lon: float, lat: float) -> tuple[float, float]:
    if lon < -100:  # the far east of Russia crosses 180°: keep it east of the frame
        lon += 360
    x = (lon - WEST) / (EAST - WEST) * WIDTH
    y = (NORTH - lat) / (NORTH - SOUTH) * HEIGHT
    return round(x, 1), round(y, 1)


class Transform(TypedDict):
    scale: list[float]
    translate: list[float]


class Topology(TypedDict):
    """What `_arcs` reads of a TopoJSON topology: its quantization and its arcs, each a
    list of [dx, dy] steps."""

    transform: Transform
    arcs: list[list[list[int]]]


def _arcs(topology: Topology) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # TopoJSON arcs are quantized and delta-encoded
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _in_frame(ring: list[tuple[float, float]]) -> bool:
    margin = 10
    return any(
        WEST - margin <= (lon + 360 if lon < -100 else lon) <= EAST + margin
        and SOUTH - margin <= lat <= NORTH + margin
        for lon, lat in ring
    )


def _simplified(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop points within three pixels of the last one kept, and points far outside
    the frame: a page on a slow connection needs the shape, not the survey."""
    kept: list[tuple[float, float]] = []
    for x, y in points:
        x, y = min(max(x, -20.0), WIDTH + 20.0), min(max(y, -20.0), HEIGHT + 20.0)
        if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= 3:
            kept.append((x, y))
    return kept


@cache
def _outlines() -> tuple[Outline, ...]:
    topology = json.loads(OUTLINES.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    outlines = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        parts = []
        for polygon in polygons:
            for indexes in polygon:
                ring = _ring(indexes, arcs)
                if _in_frame(ring):
                    xy = _simplified([project(lon, lat) for lon, lat in ring])
                    if len(xy) > 2:
                        parts.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in xy) + "Z")
        if parts:
            code = MEMBERS.get(str(geometry.get("id", "")), "")
            outlines.append(Outline(code, "".join(parts), bool(code)))
    return tuple(outlines)


def boundary_path(geojson: Any) -> str:
    """An SVG path for a GeoJSON Polygon or MultiPolygon (or a Feature holding one); an empty
    string for anything else, so a malformed boundary never breaks the page."""
    geometry = geojson.get("geometry", geojson) if isinstance(geojson, dict) else None
    if not isinstance(geometry, dict):
        return ""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else []
    parts = []
    try:
        for polygon in polygons:
            for ring in polygon:
                xy = [project(float(lon), float(lat)) for lon, lat, *_ in ring]
                parts.append("M" + "L".join(f"{x},{y}" for x, y in xy) + "Z")
    except (TypeError, ValueError):
        return ""
    return "".join(parts)


def north_east_asia(
    points: list[tuple[str, Decimal | float, Decimal | float, str]],
    boundaries: list[Any] | None = None,
    state_names: dict[str, str] | None = None,
) -> Map:
    """The subregion with a marker for each (label, latitude, longitude, url) and the given
    GeoJSON boundaries drawn; the member States named by `state_names` (code → name)."""
    markers = [
        Marker(label, *project(float(lon), float(lat)), url) for label, lat, lon, url in points
    ]
    areas = [p for p in (boundary_path(b) for b in boundaries or []) if p]
    names = state_names or {}
    outlines = [
        Outline(names.get(o.name, ""), o.path, o.member)
        for o in _outlines()  # o.name: a code
    ]
    return Map(outlines=outlines, markers=markers, areas=areas)
