#!/usr/bin/env python3
"""How far two careful readers agree: the label agreement study.

second-reader.csv holds labels made again, blind, for a sample of labels.csv's training modules
(16 per verdict, drawn at random). This script sets them against labels.csv's labels of the same
modules and prints the confusion matrix, each verdict's recall, balanced accuracy, exact agreement,
Cohen's kappa and STRONG_CANDIDATE<->KEEP swaps, the same measures evaluate.py applies to the
plugin. It bounds what the plugin's figures can mean: where two readers disagree, no rule can agree
with both.

usage: agreement.py [--labels labels.csv] [--second second-reader.csv]
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import VERDICTS, read_labels  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def key(row):
    return row["repository"], row["project"], row["module"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", default=os.path.join(HERE, "labels.csv"))
    parser.add_argument("--second", default=os.path.join(HERE, "second-reader.csv"))
    args = parser.parse_args(argv)
    first = {key(row): row for row in read_labels(args.labels)}
    pairs = []
    for row in read_labels(args.second):
        if key(row) not in first:
            sys.exit("%s: %s %s %s is not in %s" % (args.second, *key(row), args.labels))
        pairs.append((first[key(row)], row))
    matrix = {(a, b): 0 for a in VERDICTS for b in VERDICTS}
    for one, two in pairs:
        matrix[(one["expected"], two["expected"])] += 1
    width = max(len(v) for v in VERDICTS) + 2
    print("%d modules labelled twice" % len(pairs))
    print("first \\ second".ljust(width) + "".join(v.ljust(width) for v in VERDICTS))
    for a in VERDICTS:
        print(a.ljust(width) + "".join(str(matrix[(a, b)]).ljust(width) for b in VERDICTS))
    recalls = []
    for v in VERDICTS:
        total = sum(matrix[(v, b)] for b in VERDICTS)
        recalls.append(matrix[(v, v)] / total if total else 0.0)
        print("second reader's recall of %-17s %.2f (%d labelled)" % (v, recalls[-1], total))
    n = len(pairs)
    observed = sum(matrix[(v, v)] for v in VERDICTS) / n
    expected = sum(
        sum(matrix[(v, b)] for b in VERDICTS) / n * sum(matrix[(b, v)] for b in VERDICTS) / n for v in VERDICTS)
    swaps = matrix[("STRONG_CANDIDATE", "KEEP")] + matrix[("KEEP", "STRONG_CANDIDATE")]
    print("exact agreement    %.1f%%" % (100 * observed))
    print("balanced accuracy  %.2f" % (sum(recalls) / len(recalls)))
    print("Cohen's kappa      %.2f" % ((observed - expected) / (1 - expected)))
    print("STRONG_CANDIDATE<->KEEP swaps: %d" % swaps)


if __name__ == "__main__":
    main()
