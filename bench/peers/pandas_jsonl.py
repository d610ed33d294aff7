#!/usr/bin/env python3
"""The pandas peer of `reflet batch --format jsonl`: pandas_jsonl.py KEY.json ANSWERS.csv RESULTS.jsonl SUMMARY.json"""
from pandas_common import run

if __name__ == "__main__":
    run(lambda frame, file: frame.to_json(file, orient="records", lines=True, force_ascii=False))
