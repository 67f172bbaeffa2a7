"""The offline geocoder (directory/places.py), checked against its own data files.

Expected values are read from the CSVs where that is sensible. Facts quoted from SOURCE.md (row
counts, the "Checks" table, ward names) are written out, so a wrong or swapped file fails.
"""

import csv
import math
import time

import pytest

from directory import places
from directory.places import (
    DATA_DIR,
    Geocoder,
    OfflineGeocoder,
    Place,
    distance_km,
    get_geocoder,
    normalise_postcode,
)


def rows(name):
    with (DATA_DIR / name).open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


POSTCODES = {row["postcode"]: row for row in rows("newham_postcodes.csv")}
SECTORS = {row["sector"]: row for row in rows("newham_postcode_sectors.csv")}
DISTRICTS = {row["district"]: row for row in rows("newham_postcode_districts.csv")}
WARDS = {row["ward_name"]: row for row in rows("newham_wards.csv")}
WARD_WITH_AND = "Plaistow West & Canning Town East"


@pytest.fixture(scope="module")
def geocoder():
    return OfflineGeocoder()


def point(place):
    return (place.latitude, place.longitude)


def test_the_data_is_the_release_source_md_describes():
    assert (len(POSTCODES), len(SECTORS), len(DISTRICTS), len(WARDS)) == (4357, 36, 10, 24)
    for name in ("LICENCE.txt", "SOURCE.md", "README.md"):
        assert (DATA_DIR / name).is_file()
    assert "Contains Ordnance Survey data © Crown copyright" in (DATA_DIR / "README.md").read_text()


@pytest.mark.parametrize(
    ("typed", "latitude", "longitude", "ward"),
    [
        # SOURCE.md's "Checks" table, typed as residents type.
        ("E6 2RP", 51.532822, 0.055294, "East Ham"),
        ("e154bq", 51.540944, 0.002691, "Stratford"),
        ("E16 2QU", 51.507702, 0.047260, "Royal Albert"),
        (" e7 9ab ", 51.548681, 0.023497, "Forest Gate South"),
    ],
)
def test_known_postcodes_give_their_point_and_ward(geocoder, typed, latitude, longitude, ward):
    code = normalise_postcode(typed)
    assert geocoder.find(typed) == Place("postcode", code, latitude, longitude, (ward,))


def test_every_postcode_in_the_file_is_found_as_written(geocoder):
    for code, row in POSTCODES.items():
        place = geocoder.find(code.replace(" ", "").lower())
        assert place.kind == "postcode"
        assert place.label == code
        assert point(place) == (float(row["latitude"]), float(row["longitude"]))
        assert place.ward_names == (row["ward_name"],)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("e79ab", "E7 9AB"),
        (" E7 9ab ", "E7 9AB"),
        ("E7  9AB", "E7 9AB"),
        ("ig110ad", "IG11 0AD"),
        ("ｅ７ ９ａｂ", "E7 9AB"),  # full-width, as some phone keyboards type it
        ("SW1A 1AA", "SW1A 1AA"),
        ("e7 9", "E7 9"),
        ("E12 5", "E12 5"),
        ("e7", "E7"),
        ("ig11", "IG11"),
        ("SE1", "SE1"),  # a postcode shape, though not a Newham one
        ("e", None),
        ("10", None),
        ("E 7", None),
        ("E7 9AM", None),  # inward codes never use M, so "9am" is a time
        ("E7 9 AB", None),
        ("E7 95", None),
        ("yoga", None),
        ("", None),
        ("يوغا", None),
    ],
)
def test_normalise_postcode(typed, expected):
    assert normalise_postcode(typed) == expected


@pytest.mark.parametrize("code", sorted(SECTORS))
def test_sectors_use_the_whole_unit_mean_and_list_their_wards(geocoder, code):
    row = SECTORS[code]
    place = geocoder.find(code.lower())
    assert (place.kind, place.label) == ("sector", code)
    assert point(place) == (float(row["latitude"]), float(row["longitude"]))
    assert place.ward_names == tuple(row["ward_names"].split(";"))


@pytest.mark.parametrize("code", sorted(DISTRICTS))
def test_districts_use_the_whole_unit_mean_and_list_their_wards(geocoder, code):
    row = DISTRICTS[code]
    place = geocoder.find(f"  {code.lower()} ")
    assert (place.kind, place.label) == ("district", code)
    assert point(place) == (float(row["latitude"]), float(row["longitude"]))
    assert place.ward_names == tuple(row["ward_names"].split(";"))


def test_e7_lists_its_largest_wards_first(geocoder):
    place = geocoder.find("E7")
    assert place.ward_names[:2] == ("Forest Gate South", "Forest Gate North")


class NewhamOnly(OfflineGeocoder):
    newham_only_centroids = True


def test_the_newham_only_mean_is_one_switch_away():
    # IG11 is almost all Barking and Dagenham; its Newham part is 4 postcodes near Beckton.
    whole, newham = OfflineGeocoder().find("IG11"), NewhamOnly().find("IG11")
    row = DISTRICTS["IG11"]
    assert point(newham) == (float(row["newham_latitude"]), float(row["newham_longitude"]))
    assert point(whole) != point(newham)
    assert distance_km(*point(whole), *point(newham)) > 1
    # Postcodes and wards are not affected.
    assert NewhamOnly().find("E6 2RP") == OfflineGeocoder().find("E6 2RP")


def test_every_ward_is_found_by_its_name_in_any_case(geocoder):
    for name, row in WARDS.items():
        for typed in (name, name.upper(), name.lower()):
            place = geocoder.find(typed)
            assert place == Place(
                "ward", name, float(row["latitude"]), float(row["longitude"]), (name,)
            )


@pytest.mark.parametrize(
    ("typed", "ward"),
    [
        ("plaistow west and canning town east", "Plaistow West & Canning Town East"),
        ("Plaistow West & Canning Town East", "Plaistow West & Canning Town East"),
        ("Plaistow West Canning-Town East", "Plaistow West & Canning Town East"),
        ("PLAISTOW WEST AND CANNING TOWN EAST", "Plaistow West & Canning Town East"),
        ("Plashét", "Plashet"),
        ("forest-gate north", "Forest Gate North"),
        (" green  street   east ", "Green Street East"),
        ("Stratford Olympic Park", "Stratford Olympic Park"),
        ("wall end", "Wall End"),
    ],
)
def test_ward_name_variants(geocoder, typed, ward):
    assert geocoder.find(typed).label == ward


@pytest.mark.parametrize(
    "typed",
    ["Forest Gate", "Newham", "East", "Ham", "Canning Town", "E1", "SE1", "SE1 7PB", "e", "10"],
)
def test_not_places(geocoder, typed):
    # "Forest Gate" and "Canning Town" are areas people name, but no ward has those exact names.
    assert geocoder.find(typed) is None


def test_an_outside_postcode_falls_back_to_its_sector_then_its_district(geocoder):
    # E3 2 is mostly Tower Hamlets; Newham has one postcode in it.
    assert "E3 2AA" not in POSTCODES
    assert geocoder.find("e3 2aa") == geocoder.find("E3 2")
    assert geocoder.find("E3 2AA").kind == "sector"
    # E6 has no sector 4 in the data, so a postcode there falls back to the district.
    assert "E6 4" not in SECTORS
    assert geocoder.find("E6 4AA") == geocoder.find("E6")
    # Wholly outside the districts that touch Newham.
    assert geocoder.find("SW1A 1AA") is None
    # A sector that is not in the data is not widened to its district.
    assert geocoder.find("E6 4") is None


@pytest.mark.parametrize(
    ("query", "rest", "place"),
    [
        ("yoga E7", "yoga", "E7"),
        ("coffee morning in East Ham", "coffee morning", "East Ham"),
        ("food bank e6 2ab", "food bank", "E6 2AB"),
        ("food bank e62ab", "food bank", "E6 2AB"),
        ("E7", "", "E7"),
        ("yoga", "yoga", None),
        ("yoga near east ham south", "yoga", "East Ham South"),
        ("East Ham South yoga", "yoga", "East Ham South"),
        ("swimming at Stratford Olympic Park", "swimming", "Stratford Olympic Park"),
        ("advice around E7 9", "advice", "E7 9"),
        ("yoga, E7", "yoga", "E7"),
        ("yoga (E13)", "yoga", "E13"),
        ("in E16 yoga", "yoga", "E16"),
        ("yoga E7 9am", "yoga 9am", "E7"),
        ("yoga E6 4", "yoga 4", "E6"),
        ("help in plaistow west and canning town east", "help", WARD_WITH_AND),
        ("yoga in Plashét", "yoga", "Plashet"),
        ("art near e3 2aa", "art", "E3 2"),
        ("योग near E6", "योग", "E6"),
        ("ইংরেজি ক্লাস East Ham", "ইংরেজি ক্লাস", "East Ham"),
        ("stratford east ham", "east ham", "Stratford"),  # equal length: the first wins
    ],
)
def test_split_place(geocoder, query, rest, place):
    found_rest, found = geocoder.split_place(query)
    assert found_rest == rest
    assert (found and found.label) == place


@pytest.mark.parametrize(
    "query",
    [
        "e",
        "vitamin e",
        "year 10",
        "SE1",
        "yoga SE1 7PB",
        "e 7",
        "at",
        "in",
        "Forest Gate",
        "يوغا للنساء",
        "瑜伽课",
        "योग   कक्षा",
    ],
)
def test_split_place_leaves_non_places_as_typed(geocoder, query):
    assert geocoder.split_place(query) == (query, None)


def test_split_place_gives_up_on_a_very_long_query(geocoder):
    query = " ".join(["word"] * 5000) + " E7"
    assert geocoder.split_place(query) == (query, None)


def test_distance_matches_the_national_grid(geocoder):
    # Eastings and northings are metres on a flat grid, an independent measure of the same
    # distance. The grid's scale factor (0.9998 here) and the sphere together are under 0.5 %.
    for one, other in [("E6 2RP", "E15 4BQ"), ("E16 2QU", "E7 9AB"), ("IG11 0AD", "N81 1AB")]:
        a, b = POSTCODES[one], POSTCODES[other]
        grid_km = (
            math.dist(
                (float(a["easting"]), float(a["northing"])),
                (float(b["easting"]), float(b["northing"])),
            )
            / 1000
        )
        km = distance_km(*point(geocoder.find(one)), *point(geocoder.find(other)))
        assert km == pytest.approx(grid_km, rel=0.005)
    # Newham Town Hall (E6 2RP) to Stratford Broadway (E15 4BQ) is about 3.8 km.
    assert 3.6 < distance_km(51.532822, 0.055294, 51.540944, 0.002691) < 3.9


def test_distance_is_symmetric_and_zero_at_a_point():
    assert distance_km(51.5, 0.05, 51.5, 0.05) == 0
    assert distance_km(51.5, 0.0, 51.6, 0.1) == distance_km(51.6, 0.1, 51.5, 0.0)
    # Opposite sides of the Earth: half its circumference, no math domain error.
    assert distance_km(0, 0, 0, 180) == pytest.approx(math.pi * places.EARTH_RADIUS_KM)


def test_loading_the_data_is_fast():
    timings = []
    for _ in range(3):
        places._load.cache_clear()
        start = time.perf_counter()
        tables = places._load(DATA_DIR, False)
        timings.append(time.perf_counter() - start)
    assert len(tables.postcodes) == 4357
    assert min(timings) < 0.05


class StubGeocoder(Geocoder):
    """Knows one name and one postcode, as a plugged-in geocoder would."""

    def find_postcode(self, code):
        return Place("postcode", code, 1.0, 2.0) if code == "ZZ1 1ZZ" else None

    def find_name(self, text):
        return Place("ward", "Atlantis", 3.0, 4.0, ("Atlantis",)) if text == "Atlantis" else None


def test_the_default_geocoder_is_made_once():
    assert isinstance(get_geocoder(), OfflineGeocoder)
    assert get_geocoder() is get_geocoder()
    assert places.find("E6 2RP").ward_names == ("East Ham",)


def test_a_custom_geocoder_from_the_setting(settings):
    settings.NC_GEOCODER = "tests.directory.test_places.StubGeocoder"
    assert isinstance(get_geocoder(), StubGeocoder)
    assert places.find("zz11zz") == Place("postcode", "ZZ1 1ZZ", 1.0, 2.0)
    assert places.find("E6 2RP") is None
    assert places.split_place("yoga near Atlantis") == (
        "yoga",
        Place("ward", "Atlantis", 3.0, 4.0, ("Atlantis",)),
    )
    # The settings fixture puts the default back when the test ends, and that change
    # (setting_changed) makes the next caller get a new default geocoder.
