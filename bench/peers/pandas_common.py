"""What the two pandas peers of the batch benchmark share: the scoring a coach fluent in pandas
would write, on the same CSV as `reflet batch`.

Reads the respondents with small integer types, reverse-keys items (min + max - answer), sums
the items of each domain and facet with one matrix product, gives each sum a level on its mean
item value (low below 2.5, high above 3.5, neutral between) as a categorical, and Cronbach's
alpha per domain. The scripts pandas_csv.py, pandas_jsonl.py and pandas_json.py write the table.
With REFLET_BENCH_RSS set, the peak resident memory in kilobytes is printed on stderr.
"""
import json
import os
import resource
import sys

import numpy as np
import pandas as pd

LEVELS = ["low", "neutral", "high"]


def score(key_file, csv_file):
    """The table of sums and levels, one row per respondent, and the alphas by domain."""
    with open(key_file, encoding="utf-8") as f:
        key = json.load(f)
    items = key["items"]
    item_ids = [it["id"] for it in items]
    lo, hi = key["scale"]["min"], key["scale"]["max"]

    df = pd.read_csv(
        csv_file,
        dtype={"participant": str, **{i: np.int8 for i in item_ids}},
        usecols=["participant", *item_ids],
        engine="c",
    )
    answers = df[item_ids].to_numpy()
    reverse = np.array([it["reverse"] for it in items])
    keyed = np.where(reverse, lo + hi - answers, answers).astype(np.int16)

    targets = [(d, "domain") for d in key["domains"]] + [(f, "facet") for f in key["facets"]]
    weights = np.array(
        [[1 if it[kind] == target else 0 for target, kind in targets] for it in items],
        dtype=np.int16,
    )
    sums = keyed @ weights
    means = sums / weights.sum(axis=0)
    codes = (means >= key["levels"]["lowBelow"]).astype(np.int8) + (
        means > key["levels"]["highAbove"]
    )

    columns = {"participant": df["participant"]}
    for j, (target, _) in enumerate(targets):
        columns[target] = sums[:, j]
        columns[f"{target}_level"] = pd.Categorical.from_codes(codes[:, j], LEVELS)
    out = pd.DataFrame(columns)

    alphas = {}
    for j, domain in enumerate(key["domains"]):
        cols = weights[:, j].astype(bool)
        k = int(cols.sum())
        item_var = keyed[:, cols].var(axis=0, ddof=1).sum()
        total_var = sums[:, j].var(ddof=1)
        alphas[domain] = (k / (k - 1)) * (1 - item_var / total_var)
    return out, {"respondents": len(out), "alpha": alphas}


def run(write):
    """Parses the command line, scores, writes the table with `write(frame, file)`, the summary."""
    if len(sys.argv) != 5:
        sys.exit(f"usage: {sys.argv[0]} KEY.json ANSWERS.csv RESULTS SUMMARY.json")
    key_file, csv_file, out_file, summary_file = sys.argv[1:]
    out, summary = score(key_file, csv_file)
    write(out, out_file)
    with open(summary_file, "w", encoding="utf-8") as f:
        json.dump(summary, f)
    if os.environ.get("REFLET_BENCH_RSS"):
        # ru_maxrss is in kilobytes on Linux.
        print(f"maxrss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
