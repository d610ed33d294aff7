#!/usr/bin/env python3
"""The pandas peer of `reflet batch --format csv`: pandas_csv.py KEY.json ANSWERS.csv RESULTS.csv SUMMARY.json"""
from pandas_common import run

if __name__ == "__main__":
    run(lambda frame, file: frame.to_csv(file, index=False))
