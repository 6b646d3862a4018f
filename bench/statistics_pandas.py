"""The same breakdown in pandas, as an analyst would write it instead of Jämt.

Run by bench/statistics.mjs with /usr/bin/python3 (Debian's python3-pandas):
    /usr/bin/python3 bench/statistics_pandas.py <file.csv>
Prints one JSON line: {"seconds", "maxRssMb", "groups", "pandas"}; the time covers reading the
CSV and the breakdown (sex x 10-year age band x municipality: n, mean, sd, median for women,
men and both, and the difference of means with a normal 95 % interval), not the start of Python.
"""

import json
import resource
import sys
import time

import numpy as np
import pandas as pd


def main(path):
    started = time.perf_counter()
    frame = pd.read_csv(path, dtype={"kommun": str, "kon": str, "diagnosgrupp": str})
    frame["band"] = pd.cut(
        frame["alder"],
        bins=[-1, 9, 19, 29, 39, 49, 59, 69, 79, 89, np.inf],
        labels=["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+"],
    )
    aggregates = ["count", "mean", "std", "median"]
    by_sex = frame.groupby(["kommun", "band", "kon"], observed=True)["kostnad"].agg(aggregates).unstack("kon")
    by_sex.columns = [f"{aggregate}_{sex}" for aggregate, sex in by_sex.columns]
    both = frame.groupby(["kommun", "band"], observed=True)["kostnad"].agg(aggregates)
    table = both.join(by_sex)
    difference = table["mean_K"] - table["mean_M"]
    spread = 1.96 * np.sqrt(table["std_K"] ** 2 / table["count_K"] + table["std_M"] ** 2 / table["count_M"])
    table["share_of_women"] = table["count_K"] / table["count"]
    table["difference"] = difference
    table["difference_lower"] = difference - spread
    table["difference_upper"] = difference + spread
    seconds = time.perf_counter() - started
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "maxRssMb": max_rss_mb, "groups": len(table), "pandas": pd.__version__}))


if __name__ == "__main__":
    main(sys.argv[1])
