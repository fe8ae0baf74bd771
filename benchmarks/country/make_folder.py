#!/usr/bin/env python3
"""Writes N generated municipality documents (default 1,741, as many as Japan has) into a folder, for
`kpi grade <folder>`: each 5 basic goals x 4 measures x 5 KPIs, higher- or lower-is-better, with a
target and an actual for every fiscal year FY2020-FY2029, and a prefecture (47, in turn). Fixed seed.

  benchmarks/country/make_folder.py OUTDIR [N]
"""
import json, os, random, sys

PREFECTURES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
               "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
               "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
               "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"]


def document(i, rnd):
    goals = []
    for g in range(1, 6):
        measures = []
        for m in range(1, 5):
            indicators = []
            for k in range(1, 6):
                lower = rnd.random() < 0.2
                targets, observations = [], []
                for year in range(2020, 2030):
                    target = rnd.randint(10, 10000)
                    targets.append({"year": f"FY{year}", "value": target})
                    observations.append({"year": f"FY{year}", "value": max(0, int(target * rnd.uniform(0.4, 1.3)))})
                indicators.append({"id": f"k{g}-{m}-{k}", "kind": "kpi", "name": f"指標 {g}-{m}-{k}", "unit": {"label": "件"},
                                   "direction": "lowerIsBetter" if lower else "higherIsBetter", "valueKind": "annualFlow", "basis": "target",
                                   "targets": targets, "observations": observations})
            measures.append({"id": f"m{g}-{m}", "code": f"{g}-{m}", "title": f"施策 {g}-{m}", "indicators": indicators})
        goals.append({"id": f"g{g}", "code": str(g), "title": f"基本目標 {g}", "measures": measures})
    return {"formatVersion": 1, "id": f"city-{i:04d}", "municipality": {"name": f"市町村 {i:04d}", "prefecture": PREFECTURES[i % 47]},
            "title": "まち・ひと・しごと創生総合戦略", "planPeriod": {"first": "FY2020", "last": "FY2029"}, "gradingPolicy": "azumino", "goals": goals}


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1741
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(1741)
    for i in range(n):
        with open(os.path.join(out, f"city-{i:04d}.json"), "w", encoding="utf-8") as f:
            json.dump(document(i, rnd), f, ensure_ascii=False)


if __name__ == "__main__":
    main()
