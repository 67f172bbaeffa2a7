"""Where a resident means, worked out offline: a postcode, a sector, a district or a Newham ward.

Search turns "yoga E7" or "coffee morning in East Ham" into a point, so that listings can be
sorted by distance. The default geocoder reads the Code-Point Open extract in data/postcodes/.
Its README.md gives the licence and the attribution that pages using the data must show. No
request leaves the server, so a resident's postcode is never sent to a third party.

Another geocoder can be plugged in with the NC_GEOCODER setting, a dotted path to a class. The
class subclasses Geocoder and provides find_postcode() and find_name(). Callers use
get_geocoder(), or the module's find() and split_place(), and never name a class.
"""

import csv
import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

DATA_DIR = Path(__file__).resolve().parent / "data" / "postcodes"
DEFAULT_GEOCODER = "directory.places.OfflineGeocoder"
# The mean Earth radius (IUGG). A sphere is at most 0.5 % out, which is close enough for sorting.
EARTH_RADIUS_KM = 6371.0088

# Royal Mail's shapes. Inward codes never use C, I, K, M, O or V as letters. That rule also stops
# "9am" in "yoga E7 9am" from being read as an inward code.
_OUTWARD = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")
_INWARD = re.compile(r"[0-9][ABD-HJLNP-UW-Z]{2}")
_FULL = re.compile(rf"({_OUTWARD.pattern})({_INWARD.pattern})")
_SECTOR_DIGIT = re.compile(r"[0-9]")

_WORD = re.compile(r"\S+")
_NOT_WORD = re.compile(r"[\W_]+")
# Punctuation stripped from the ends of a candidate, so "(E7)" and "East Ham," still match.
_EDGE = ".,;:!?()[]{}<>\"'«»“”‘’"
# Cleared from the ends of what is left, so "yoga, E7" leaves "yoga" and not "yoga,".
_LEFT_OVER_EDGE = " ,;:-–—/"
# Small words that only say where. They are dropped with the place, when they come just before it.
LINKING_WORDS = frozenset({"in", "near", "around", "at"})
# A search box is not a document. A longer query is searched as text, which keeps the
# word-by-word scan cheap even for hostile input.
MAX_QUERY_WORDS = 60


@dataclass(frozen=True, slots=True)
class Place:
    """One place a resident named, as a point.

    kind is "postcode", "sector", "district" or "ward". ward_names are the Newham wards the
    place touches, largest share first.
    """

    kind: str
    label: str
    latitude: float
    longitude: float
    ward_names: tuple[str, ...] = ()

    def __str__(self):
        return self.label  # as the resident typed it, shown in "Near: E7" and the like


def normalise_postcode(text):
    """ "e79ab" and " E7 9ab " become "E7 9AB", "e7 9" becomes "E7 9" and "e7" becomes "E7".

    Returns None unless the text has a UK postcode shape: a full postcode, a sector or a
    district. The shape does not mean the postcode exists. Spaces are allowed only between
    the outward and inward parts, so "e 7" is not a postcode.
    """
    # NFKC turns full-width letters and digits, as some phone keyboards type them, into ASCII.
    words = unicodedata.normalize("NFKC", text).upper().split()
    if len(words) == 1:
        if match := _FULL.fullmatch(words[0]):
            return f"{match[1]} {match[2]}"
        if _OUTWARD.fullmatch(words[0]):
            return words[0]
    elif (
        len(words) == 2
        and _OUTWARD.fullmatch(words[0])
        and (_INWARD.fullmatch(words[1]) or _SECTOR_DIGIT.fullmatch(words[1]))
    ):
        return f"{words[0]} {words[1]}"
    return None


def fold(text):
    """Put text in the form used to match names: "Plaistow West & Canning-Town Éast" becomes
    "plaistow west and canning town east". Case, accents, "&" and punctuation are folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(part for part in _NOT_WORD.split(bare.replace("&", " and ")) if part)


def km_from(place, location):
    """How far a venue (anything with latitude and longitude) is from a Place; None when
    there is no venue."""
    if location is None:
        return None
    return distance_km(
        place.latitude, place.longitude, float(location.latitude), float(location.longitude)
    )


def distance_km(lat1, lon1, lat2, lon2):
    """The great-circle distance between two WGS84 points, in kilometres (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    # min(): rounding can push a just past 1 for points on opposite sides of the Earth.
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


class Geocoder:
    """What search needs from a geocoder: find() for one place, split_place() for a query.

    A subclass provides find_postcode() and find_name(). The matching rules live here, so that
    every geocoder reads queries the same way.
    """

    # The most words one place name can take. "Plaistow West & Canning Town East" has six.
    max_name_words = 6

    def find_postcode(self, code):
        """The Place for a code shaped like normalise_postcode()'s output, or None."""
        raise NotImplementedError

    def find_name(self, text):
        """The Place that text names (such as a ward), or None."""
        raise NotImplementedError

    def find(self, text):
        """Exactly one place: a postcode, a sector, a district or a name. Otherwise None."""
        code = normalise_postcode(text)
        # Text with a postcode shape is never also tried as a name, so "SE1" stays unknown.
        return self.find_postcode(code) if code else self.find_name(text)

    def split_place(self, query):
        """(what is left of the query, the place in it, or None).

        "coffee morning in East Ham" gives ("coffee morning", the East Ham ward). When several
        places match, the longest wins: "E6 2AB" beats "E6", and "East Ham South" beats
        "East Ham". On a tie the first one wins. A query with no place comes back stripped of
        outer spaces and otherwise as typed.
        """
        query = query.strip()
        spans = [match.span() for match in _WORD.finditer(query)]
        if len(spans) > MAX_QUERY_WORDS:
            return query, None
        # A place starts and ends on a word. Otherwise "- East Ham" would win over "East Ham".
        wordy = [any(char.isalnum() for char in query[start:end]) for start, end in spans]
        best = None
        for first in range(len(spans)):
            if not wordy[first]:
                continue
            for last in range(first, min(len(spans), first + self.max_name_words)):
                if not wordy[last]:
                    continue
                core = query[spans[first][0] : spans[last][1]].strip(_EDGE)
                if best and len(core) <= best[0]:
                    continue
                if place := self._place_in(core, last - first + 1):
                    best = (len(core), first, last, place)
        if best is None:
            return query, None
        _, first, last, place = best
        if first and fold(query[slice(*spans[first - 1])]) in LINKING_WORDS:
            first -= 1
        before = query[: spans[first][0]].rstrip()
        after = query[spans[last][1] :].lstrip()
        rest = f"{before} {after}" if before and after else before or after
        return rest.strip(_LEFT_OVER_EDGE), place

    def _place_in(self, core, words):
        # A postcode has at most two words. Checking its shape first means find_name is never
        # asked about "E7". It also means a known outward code followed by an unknown inward code
        # (a resident's new postcode) still counts as a postcode.
        code = normalise_postcode(core) if words <= 2 else None
        return self.find_postcode(code) if code else self.find_name(core)


class _Tables(NamedTuple):
    postcodes: dict  # code -> (latitude, longitude, ward name) as text: see _postcode_rows
    sectors: dict
    districts: dict
    wards: dict


class OfflineGeocoder(Geocoder):
    """Newham's postcodes, sectors, districts and wards, from the files in data/postcodes/.

    A postcode that is not in the file falls back to its sector, then its district. That covers
    a resident outside Newham, or one whose postcode is newer or older than the October 2025
    data. The Place it gives has the sector's or district's kind and label.
    """

    data_dir = DATA_DIR
    # Where to put someone who typed only a sector or district that crosses the borough boundary.
    # SOURCE.md advises the mean of the whole unit, because that is where such a resident most
    # likely is: only 4 of IG11's 1,024 postcodes are in Newham, and the rest are in Barking and
    # Dagenham or Redbridge. The newham_* mean covers only the Newham part. Set True to use it
    # instead, for example to keep every point inside the borough.
    newham_only_centroids = False

    def __init__(self, data_dir=None):
        if data_dir is not None:
            self.data_dir = Path(data_dir)

    @property
    def tables(self):
        """The lookup tables. They are read on first use, then shared by the whole process."""
        return _load(self.data_dir, self.newham_only_centroids)

    def find_postcode(self, code):
        tables = self.tables
        outward, _, inward = code.partition(" ")
        if len(inward) == 3:
            if row := tables.postcodes.get(code):
                lat, lon, ward = row
                return Place("postcode", code, float(lat), float(lon), (ward,))
            return tables.sectors.get(code[:-2]) or tables.districts.get(outward)
        # A sector that is not in the data is not widened to its district. In a query, "E6 4"
        # then leaves the "4" as text and still finds E6.
        return (tables.sectors if inward else tables.districts).get(code)

    def find_name(self, text):
        return self.tables.wards.get(fold(text))


def _rows(path):
    """Each row as a dict. DictReader is fine for the small files; see _postcode_rows."""
    with path.open(newline="", encoding="utf-8") as file:
        yield from csv.DictReader(file)


def _postcode_rows(path):
    """postcode -> (latitude, longitude, ward name), still as text.

    This is the one large file. A plain reader, and no Place or float until a postcode is
    looked up, keeps the first search of a process at a few milliseconds, not about 25.
    """
    with path.open(newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        columns = [header.index(name) for name in ("latitude", "longitude", "ward_name")]
        code = header.index("postcode")
        return {row[code]: tuple(row[column] for column in columns) for row in reader}


def _wards_of(row):
    return tuple(name for name in row["ward_names"].split(";") if name)


@functools.cache
def _load(data_dir, newham_only_centroids):
    prefix = "newham_" if newham_only_centroids else ""

    def unit(kind, label, row):
        lat, lon = float(row[prefix + "latitude"]), float(row[prefix + "longitude"])
        return Place(kind, label, lat, lon, _wards_of(row))

    sectors = {
        row["sector"]: unit("sector", row["sector"], row)
        for row in _rows(data_dir / "newham_postcode_sectors.csv")
    }
    districts = {
        row["district"]: unit("district", row["district"], row)
        for row in _rows(data_dir / "newham_postcode_districts.csv")
    }
    wards = {}
    for row in _rows(data_dir / "newham_wards.csv"):
        # The mean of the ward's postcodes, not its boundary centroid, because it marks where
        # the ward's addresses are. Beckton's boundary centroid is out towards the sewage works.
        name = row["ward_name"]
        ward = Place("ward", name, float(row["latitude"]), float(row["longitude"]), (name,))
        key = fold(name)
        wards[key] = ward
        # People leave out the "&" as often as they spell it: "Plaistow West Canning Town East".
        wards.setdefault(" ".join(word for word in key.split() if word != "and"), ward)
    postcodes = _postcode_rows(data_dir / "newham_postcodes.csv")
    return _Tables(postcodes, sectors, districts, wards)


@functools.cache
def get_geocoder():
    """The geocoder named by settings.NC_GEOCODER. Only one is made per process."""
    return import_string(getattr(settings, "NC_GEOCODER", DEFAULT_GEOCODER))()


@receiver(setting_changed, dispatch_uid="nc-places-geocoder")
def _forget_geocoder(setting, **kwargs):
    if setting == "NC_GEOCODER":
        get_geocoder.cache_clear()


def find(text):
    """get_geocoder().find(text): exactly one place, or None."""
    return get_geocoder().find(text)


def split_place(query):
    """get_geocoder().split_place(query): (the rest of the query, the place in it or None)."""
    return get_geocoder().split_place(query)
