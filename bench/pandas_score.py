#!/usr/bin/env python3
"""The pandas side of the batch benchmark: the same scoring as `reflet batch` on the same CSV.

Usage: pandas_score.py KEY.json ANSWERS.csv RESULTS.jsonl SUMMARY.json

Reads the respondents, reverse-keys items (min + max - answer), sums the items of each domain
and facet, gives each sum a level on its mean item value (low below 2.5, high above 3.5,
neutral between), writes one JSON line per respondent, and Cronbach's alpha per domain.
With REFLET_BENCH_RSS set, prints the peak resident memory in kilobytes on stderr.
"""
import json
import os
import resource
import sys

import numpy as np
import pandas as pd


def main(key_file, csv_file, out_file, summary_file):
    with open(key_file, encoding="utf-8") as f:
        key = json.load(f)
    items = key["items"]
    item_ids = [it["id"] for it in items]
    lo, hi = key["scale"]["min"], key["scale"]["max"]
    low_below, high_above = key["levels"]["lowBelow"], key["levels"]["highAbove"]

    df = pd.read_csv(
        csv_file,
        dtype={"participant": str, **{i: np.int64 for i in item_ids}},
        usecols=["participant", *item_ids],
    )
    keyed = df[item_ids].copy()
    reversed_ids = [it["id"] for it in items if it["reverse"]]
    keyed[reversed_ids] = (lo + hi) - keyed[reversed_ids]

    out = pd.DataFrame({"participant": df["participant"]})
    groups = [(d, "domain") for d in key["domains"]] + [(f, "facet") for f in key["facets"]]
    for target, kind in groups:
        cols = [it["id"] for it in items if it[kind] == target]
        total = keyed[cols].sum(axis=1)
        mean = total / len(cols)
        out[target] = total
        out[f"{target}_level"] = np.select(
            [mean < low_below, mean > high_above], ["low", "high"], default="neutral"
        )
    out.to_json(out_file, orient="records", lines=True, force_ascii=False)

    alphas = {}
    for domain in key["domains"]:
        cols = [it["id"] for it in items if it["domain"] == domain]
        k = len(cols)
        item_var = keyed[cols].var(axis=0, ddof=1).sum()
        total_var = keyed[cols].sum(axis=1).var(ddof=1)
        alphas[domain] = (k / (k - 1)) * (1 - item_var / total_var)
    with open(summary_file, "w", encoding="utf-8") as f:
        json.dump({"respondents": len(df), "alpha": alphas}, f)

    if os.environ.get("REFLET_BENCH_RSS"):
        # ru_maxrss is in kilobytes on Linux.
        print(f"maxrss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
