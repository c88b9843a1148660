#!/usr/bin/env python3
"""Measures how far rust-fit's verdicts agree with hand labels on real projects.

Usage:
  evaluate.py --checkouts DIR [--labels labels.csv] [--no-run] [--plugin G:A:V] [--fail]

DIR holds one checkout per labelled repository, named after the repository (apache/mina ->
DIR/mina), at the labelled commit. For each, the script runs the plugin's analyze goal from the
command line (unless --no-run, which reuses target/rust-fit/rust-fit.json) and then prints the
agreement: a confusion matrix, recall per verdict, exact agreement, balanced accuracy, every
STRONG_CANDIDATE<->KEEP swap and every disagreement with the plugin's reasons. --fail exits 1
when a target is missed (85% agreement, 0.85 balanced accuracy, no swap).
"""
import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
from collections import defaultdict

VERDICTS = ["STRONG_CANDIDATE", "CONSIDER", "KEEP"]
TARGET_AGREEMENT = 0.85
TARGET_BALANCED = 0.85

# The held-back test split, fixed before any tuning of this round and never tuned on. The
# repositories labelled in earlier rounds were looked at while the rules were tuned, so they can
# only ever be training data. Every other repository falls by a hash of its name: two in three go
# to the test split.
TUNED_BEFORE = frozenset(
    [
        "apache/activemq",
        "apache/commons-compress",
        "apache/httpcomponents-core",
        "apache/mina",
        "apache/opennlp",
        "apache/pdfbox",
        "eclipse-vertx/vert.x",
        "google/gson",
        "graphhopper/graphhopper",
        "h2database/h2database",
        "jhipster/jhipster-sample-app",
        "netty/netty",
        "spring-projects/spring-data-examples",
    ]
)


def split_of(repository):
    """'train' or 'test': the rule that decides, committed before the labels it is applied to."""
    if repository in TUNED_BEFORE:
        return "train"
    digest = int(hashlib.sha256(repository.lower().encode("utf-8")).hexdigest(), 16)
    return "train" if digest % 3 == 0 else "test"


def read_labels(path):
    with open(path, newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def run_plugin(project_dir, plugin):
    cmd = ["mvn", "-B", "-q", plugin + ":analyze"]
    print("  running " + " ".join(cmd) + " in " + project_dir, file=sys.stderr)
    done = subprocess.run(cmd, cwd=project_dir, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("analyze failed in %s:\n%s" % (project_dir, done.stdout[-3000:] + done.stderr[-3000:]))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkouts", required=True)
    parser.add_argument("--labels", default=os.path.join(here, "labels.csv"))
    parser.add_argument("--plugin", default="io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT")
    parser.add_argument("--no-run", action="store_true")
    parser.add_argument("--fail", action="store_true")
    args = parser.parse_args()

    labels = read_labels(args.labels)
    by_project = defaultdict(list)
    for label in labels:
        by_project[(label["repository"], label["project"])].append(label)

    rows = []
    for (repository, project), project_labels in sorted(by_project.items()):
        project_dir = os.path.join(args.checkouts, repository.split("/")[1], project)
        if not os.path.isfile(os.path.join(project_dir, "pom.xml")):
            sys.exit("no checkout of %s at %s (expected commit %s)" % (repository, project_dir, project_labels[0]["commit"]))
        if not args.no_run:
            run_plugin(project_dir, args.plugin)
        result_file = os.path.join(project_dir, "target", "rust-fit", "rust-fit.json")
        with open(result_file) as f:
            # schemaVersion 2 groups each module's fields: its verdict, answers and rationale are its judgement
            modules = {m["identity"]["path"]: m["judgement"] for m in json.load(f)["modules"]}
        for label in project_labels:
            module = modules.get(label["module"])
            if module is None:
                sys.exit("%s has no module %s; labels and checkout disagree" % (repository, label["module"]))
            rows.append((repository, label, module))

    confusion = defaultdict(int)
    for _, label, module in rows:
        confusion[(label["expected"], module["verdict"])] += 1
    width = max(len(v) for v in VERDICTS + ["NOT_ANALYZED"]) + 2
    columns = VERDICTS + ["NOT_ANALYZED"]
    print("\nexpected \\ actual".ljust(width + 1) + "".join(c.ljust(width) for c in columns))
    for expected in VERDICTS:
        print(expected.ljust(width) + "".join(str(confusion[(expected, actual)]).ljust(width) for actual in columns))

    recalls = {}
    for verdict in VERDICTS:
        total = sum(confusion[(verdict, actual)] for actual in columns)
        if total:
            recalls[verdict] = confusion[(verdict, verdict)] / total
            print("recall %-18s %.2f (%d labelled)" % (verdict, recalls[verdict], total))
    agreement = sum(confusion[(v, v)] for v in VERDICTS) / len(rows)
    balanced = sum(recalls.values()) / len(recalls)
    print("exact agreement    %.1f%% of %d modules (target %.0f%%)" % (agreement * 100, len(rows), TARGET_AGREEMENT * 100))
    print("balanced accuracy  %.2f (target %.2f)" % (balanced, TARGET_BALANCED))

    swaps = [(r, l, m) for r, l, m in rows if {l["expected"], m["verdict"]} == {"STRONG_CANDIDATE", "KEEP"}]
    print("STRONG_CANDIDATE<->KEEP swaps: %d" % len(swaps))
    print("\ndisagreements:")
    for repository, label, module in rows:
        if label["expected"] != module["verdict"]:
            marker = "SWAP " if (repository, label, module) in swaps else ""
            answers = ", ".join("%s=%s" % (q["question"], q["inferred"]) for q in module["questions"])
            print("  %s%s %s: expected %s, got %s (%s)" % (marker, repository, label["module"], label["expected"], module["verdict"], label["reason"]))
            print("      answers: " + answers)
            print("      plugin: " + " ".join(module["rationale"]))

    missed = agreement < TARGET_AGREEMENT or balanced < TARGET_BALANCED or swaps
    if args.fail and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
