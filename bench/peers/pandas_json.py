#!/usr/bin/env python3
"""The pandas peer of `reflet batch --format json`: pandas_json.py KEY.json ANSWERS.csv RESULTS.json SUMMARY.json"""
from pandas_common import run

if __name__ == "__main__":
    run(lambda frame, file: frame.to_json(file, orient="records", force_ascii=False))
