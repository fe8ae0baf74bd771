#!/usr/bin/env python3
"""The spreadsheet peer's rows as a strategy document, and the check of the library's grades.

  peer_rows.py write N OUT.json PEER.py    the same N rows the peer writes (its own rows() and seed),
                                           as one strategy: each row a higher- or lower-is-better KPI with
                                           its FY2020 target and actual, graded by the Azumino policy
  peer_rows.py check N GRADED PEER.py     compares `kpi grade --format json` (GRADED.json),
                                           `kpi grade --stream` (GRADED.jsonl) or `kpi grade --stream
                                           --format csv` (GRADED.csv) with the peer's own exact
                                           grade() for every row; prints wrong=<count>
"""
import importlib.util, json, sys


def load_peer(path):
    spec = importlib.util.spec_from_file_location("spreadsheet_peer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(n, out, peer):
    indicators = []
    for i, actual, target, lower in peer.rows(n):
        indicators.append({
            "id": f"k{i}", "kind": "kpi", "name": f"KPI {i}", "unit": {"label": "件"},
            "direction": "lowerIsBetter" if lower else "higherIsBetter", "valueKind": "level", "basis": "target",
            "targets": [{"year": "FY2020", "value": int(target)}],
            "observations": [{"year": "FY2020", "value": int(actual)}],
        })
    document = {
        "formatVersion": 1, "id": f"peer-{n}", "municipality": {"name": "比較用"}, "title": f"spreadsheet peer, {n} rows",
        "planPeriod": {"first": "FY2020", "last": "FY2024"}, "gradingPolicy": "azumino",
        "goals": [{"id": "g1", "code": "1", "title": "比較", "measures": [{"id": "m1", "code": "1-1", "title": "比較", "indicators": indicators}]}],
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)


def check(n, graded, peer):
    if graded.endswith(".csv"):
        import csv
        with open(graded, encoding="utf-8", newline="") as f:
            indicators = [{"id": row["id"], "grade": row["grade"]} for row in csv.DictReader(f)]
    elif graded.endswith(".jsonl"):
        indicators = [json.loads(line) for line in open(graded, encoding="utf-8") if line.strip()]
    else:
        indicators = json.load(open(graded, encoding="utf-8"))["indicators"]
    got = {e["id"]: ("測定不能" if e["grade"] == "Unmeasurable" else e["grade"]) for e in indicators}
    wrong = 0
    for i, actual, target, lower in peer.rows(n):
        if got.get(f"k{i}") != peer.grade(actual, target, lower):
            wrong += 1
    wrong += abs(len(got) - n)
    print(f"wrong={wrong}")


if __name__ == "__main__":
    command, n, path, peer_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    peer = load_peer(peer_path)
    (write if command == "write" else check)(n, path, peer)
