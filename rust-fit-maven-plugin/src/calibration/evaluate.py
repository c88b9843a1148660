#!/usr/bin/env python3
"""Measures how far rust-fit's verdicts agree with hand labels on real projects.

Usage:
  evaluate.py --checkouts DIR [--labels labels.csv] [--round 1|2|...|22] [--split train|test|both]
              [--no-run] [--output DIR] [--only REPO,...] [--coverage] [--holdout]
              [--plugin G:A:V] [--maven MVN] [--maven-args ARGS] [--show-test-misses] [--fail]

DIR holds one checkout per labelled repository, named after the repository (apache/mina ->
DIR/mina), at the labelled commit. For each, the script runs the plugin's analyze goal from the
command line (unless --no-run, which reuses target/rust-fit/rust-fit.json) and then prints, for the
training and the held-back test split separately: a confusion matrix, recall per verdict, exact
agreement, balanced accuracy (mean recall per verdict), STRONG_CANDIDATE<->KEEP swaps (and how many
are on high-confidence labels), and then the gap in balanced accuracy between the two splits.

Which repository is in which split is decided by a rule committed before the labels it is applied
to: rounds.py's split_of_round(22) (the default: every repository of rounds 1 to 21 is training
data, every other one is test data), rounds.py's split_of_round(21) to split_of_round(2) with
--round 21 to 2 (which reproduce those rounds' figures; their test splits are burnt, their misses
were read), or split_of_round_1() below with --round 1 (which reproduces
round 1's figures; its test split is burnt, its misses were read). The rules are tuned on the training
split only: the per-module disagreements of the test split are printed only with
--show-test-misses, for the final report.

--coverage runs (or, with --no-run, reads) the chosen split's projects and says only whether each
labelled module was judged: no figure, no verdict. It is how the test split's checkouts are made to
run before the single final measurement.

--holdout divides the training split further into the projects tuned on and a held-out third
(holdout_of() below, by a hash of the repository name), printed as two splits; the held-out
third's disagreements are never printed, so it estimates how tuning on the rest generalises.

--output DIR writes each project's result and cache under DIR/<name>/<project> instead of the
checkout's target/rust-fit, so runs on shared checkouts neither race nor read each other's results.

Labelled modules that the plugin's result does not hold (a module missing from the reactor, or a
project whose analysis failed) are named and left out of the figures.

--fail exits 1 when the test split misses a target of the calibration issue: balanced accuracy
0.85, KEEP recall 0.90, no STRONG_CANDIDATE<->KEEP swap on a high-confidence label, and a
train-test gap of at most 0.05 (or when a labelled module could not be judged).
"""
import argparse
import csv
import hashlib
import json
import os
import shlex
import subprocess
import sys
from collections import defaultdict

import rounds

VERDICTS = ["STRONG_CANDIDATE", "CONSIDER", "KEEP"]
COLUMNS = VERDICTS + ["NOT_ANALYZED"]
SPLITS = ["train", "test"]

# The targets of the calibration issue, checked on the test split.
TARGET_BALANCED = 0.85
TARGET_KEEP_RECALL = 0.90
TARGET_GAP = 0.05

# Round 1's held-back test split, fixed before any tuning of round 1 and never tuned on. The
# repositories labelled in earlier rounds (rounds.TUNED_BEFORE) were looked at while the rules were
# tuned, so they can only ever be training data. Every other repository falls by a hash of its
# name: two in three go to the test split.
TUNED_BEFORE = rounds.TUNED_BEFORE

# What a checkout needs, beyond --maven-args, for its build to load on JDK 17 and Maven 3.9. They
# change how Maven loads the build, never which sources the plugin reads.
PROJECT_MAVEN_ARGS = {
    # Tycho 1.7 cannot describe a JavaSE-17 execution environment; 2.7 reads the same POMs
    "eclipse-paho/paho.mqtt.java": ["-Dtycho.version=2.7.5"],
    # BOM versions imported by the POMs that Maven Central does not serve
    "apache/arrow-java": ["-Ddep.grpc-bom.version=1.85.1"],
    "prometheus/client_java": ["-Dotel.instrumentation.version=2.33.1-alpha"],
    "spring-cloud/spring-cloud-gateway": ["-Dspring-cloud-circuitbreaker.version=5.0.1", "-Dspring-cloud-commons.version=5.0.1",
                                          "-Dspring-cloud-function.version=5.0.1", "-Dspring-cloud-stream.version=5.0.1"],
    "spring-cloud/spring-cloud-config": ["-Dspring-cloud-commons.version=5.0.1", "-Dspring-cloud-bus.version=5.0.1"],
    # every module sits in the default-on `all` profile, which a JDK-activated profile switches off
    # on JDK 11 and later; the project's own CI and the labels name that profile's reactor
    "querydsl/querydsl": ["-Pall"],
    # the labels name a module that only the off-by-default `wildfly` profile lists (two more, in the
    # `testsuite` profile's load tests, do not load on Maven 3.9: their POM leaves a version unmanaged)
    "RestComm/jdiameter": ["-Pwildfly"],
    # two labelled modules are listed only by the off-by-default `local` and `ctrip` profiles
    "ctripcorp/x-pipe": ["-Plocal,ctrip"],
    # a labelled module is listed only by the off-by-default `collectd` profile
    "NationalSecurityAgency/timely": ["-Pcollectd"],
}

# Projects whose build only loads on a newer JDK than the default (airlift's trino-maven-plugin gives
# its `trino-plugin` packaging on JDK 25 only; feign's .mvn/jvm.config passes an option JDK 17 does
# not know): Maven runs on the JDK whose home the named environment variable gives, or on the
# default one (and fails as before) when it is unset.
PROJECT_JAVA_HOME = {
    "OpenFeign/feign": "JAVA25_HOME",
    "airlift/airlift": "JAVA25_HOME",
}


def split_of_round_1(repository):
    """Round 1's rule: 'train' or 'test', committed before the labels it was applied to."""
    if repository in TUNED_BEFORE:
        return "train"
    digest = int(hashlib.sha256(repository.lower().encode("utf-8")).hexdigest(), 16)
    return "train" if digest % 3 == 0 else "test"


def holdout_of(repository):
    """'tune' or 'holdout' within the training split (round 2 on): a third of its projects are held out."""
    digest = int(hashlib.sha256(("holdout:" + repository.lower()).encode("utf-8")).hexdigest(), 16)
    return "holdout" if digest % 3 == 0 else "tune"


def path_from_top(project, module):
    """A labelled module's path (from its reactor) as a result gives it (from the project's top)."""
    if project in (".", ""):
        return module
    return project if module == "." else project.rstrip("/") + "/" + module


def read_labels(path):
    with open(path, newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def run_plugin(project_dir, maven, plugin, maven_args, java_home=None):
    """None when the analyze goal ran, else the tail of Maven's output saying why not."""
    cmd = [maven, "-B", "-q"] + maven_args + [plugin + ":analyze"]
    env = dict(os.environ, JAVA_HOME=java_home) if java_home else None
    print("  running " + " ".join(cmd) + " in " + project_dir
          + (" with JAVA_HOME=" + java_home if java_home else ""), file=sys.stderr)
    done = subprocess.run(cmd, cwd=project_dir, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        return (done.stdout[-2000:] + done.stderr[-2000:]).strip()
    return None


def output_args(output_dir):
    """Maven arguments that keep a project's result and cache in output_dir."""
    return [
        "-Drustfit.outputDirectory=" + output_dir,
        "-Drustfit.cacheFile=" + os.path.join(output_dir, "cache", "file-reports.zip"),
    ]


class Figures:
    """Agreement over one split's judged rows: (repository, label, module result)."""

    def __init__(self, rows):
        self.rows = rows
        self.confusion = defaultdict(int)
        for _, label, module in rows:
            self.confusion[(label["expected"], module["verdict"])] += 1
        self.recalls = {}
        for verdict in VERDICTS:
            total = self.labelled(verdict)
            if total:
                self.recalls[verdict] = self.confusion[(verdict, verdict)] / total
        self.agreement = sum(self.confusion[(v, v)] for v in VERDICTS) / len(rows) if rows else 0.0
        self.balanced = sum(self.recalls.values()) / len(self.recalls) if self.recalls else 0.0
        self.swaps = [row for row in rows if is_swap(row)]
        self.high_swaps = [row for row in self.swaps if row[1].get("confidence") == "high"]

    def labelled(self, verdict):
        return sum(self.confusion[(verdict, actual)] for actual in COLUMNS)

    def print(self, name):
        width = max(len(c) for c in COLUMNS) + 2
        print("\n== %s split: %d labelled modules judged" % (name, len(self.rows)))
        if not self.rows:
            return
        print("expected \\ actual".ljust(width) + "".join(c.ljust(width) for c in COLUMNS))
        for expected in VERDICTS:
            print(expected.ljust(width) + "".join(str(self.confusion[(expected, a)]).ljust(width) for a in COLUMNS))
        for verdict in VERDICTS:
            if verdict in self.recalls:
                print("recall %-18s %.2f (%d labelled)" % (verdict, self.recalls[verdict], self.labelled(verdict)))
        print("exact agreement    %.1f%% of %d modules" % (self.agreement * 100, len(self.rows)))
        print("balanced accuracy  %.2f" % self.balanced)
        print("STRONG_CANDIDATE<->KEEP swaps: %d (%d on high-confidence labels)" % (len(self.swaps), len(self.high_swaps)))
        print("agreement by the verdict's margin (firm: no change within a factor of two moves it):")
        for verdict in VERDICTS:
            bands = defaultdict(lambda: [0, 0])
            for _, label, module in self.rows:
                if module["verdict"] == verdict:
                    band = bands[margin_band(module)]
                    band[0] += 1
                    band[1] += label["expected"] == verdict
            print("  %-18s" % verdict + "; ".join(
                "%s %d of %d (%.2f)" % (name, bands[name][1], bands[name][0], bands[name][1] / bands[name][0])
                for name in MARGIN_BANDS if bands[name][0]))


def is_swap(row):
    _, label, module = row
    return {label["expected"], module["verdict"]} == {"STRONG_CANDIDATE", "KEEP"}


MARGIN_BANDS = ["firm", "within 25%", "25% or more"]


def margin_band(module):
    """How near a verdict is to another: firm, or how much more or less evidence would move it."""
    distance = (module.get("margin") or {}).get("distance")
    if distance is None:
        return "firm"
    return "within 25%" if distance < 0.25 else "25% or more"


def margin_of(module):
    margin = module.get("margin")
    if not margin:
        return ""
    return " (margin %s toward %s)" % (margin.get("distance"), margin.get("leansToward"))


def print_misses(name, figures):
    misses = [row for row in figures.rows if row[1]["expected"] != row[2]["verdict"]]
    print("\n%s disagreements (%d):" % (name, len(misses)))
    for row in misses:
        repository, label, module = row
        marker = "SWAP " if is_swap(row) else ""
        print("  %s%s %s: expected %s (%s), got %s%s (%s)" % (
            marker, repository, label["module"], label["expected"], label.get("confidence", "?"),
            module["verdict"], margin_of(module), label["reason"]))
        answers = ", ".join("%s=%s" % (q["question"], q["inferred"]) for q in module["questions"])
        print("      answers: " + answers)
        print("      plugin: " + " ".join(module["rationale"]))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkouts", required=True)
    parser.add_argument("--labels", default=os.path.join(here, "labels.csv"))
    parser.add_argument("--round", type=int, choices=list(range(1, 23)), default=22,
                        help="whose split to use: round 1's to 21's (burnt, for their figures) or round 22's (default)")
    parser.add_argument("--plugin", default="io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT")
    parser.add_argument("--maven", default="mvn", help="the Maven command (some checkouts need Maven 3.9)")
    parser.add_argument("--maven-args", default="", help="extra Maven arguments, e.g. '-Dmaven.repo.local=DIR'")
    parser.add_argument("--split", choices=["train", "test", "both"], default="both",
                        help="which split's projects to run and print (default both)")
    parser.add_argument("--only", default="", help="comma-separated repositories (owner/name) to limit the run to")
    parser.add_argument("--output", help="write results and caches under OUTPUT/<name>/<project>")
    parser.add_argument("--no-run", action="store_true")
    parser.add_argument("--coverage", action="store_true",
                        help="only say which labelled modules were judged: no figures, no verdicts")
    parser.add_argument("--holdout", action="store_true",
                        help="print the training split as its tuned projects and its held-out third")
    parser.add_argument("--show-test-misses", action="store_true",
                        help="also print the test split's disagreements (for the final report only)")
    parser.add_argument("--fail", action="store_true")
    args = parser.parse_args()
    maven_args = shlex.split(args.maven_args)
    splits = SPLITS if args.split == "both" else [args.split]
    split_of = split_of_round_1 if args.round == 1 else rounds.split_of_round(args.round)
    only = set(filter(None, args.only.split(",")))

    labelled = rounds.labelled_through(args.round)
    by_project = defaultdict(list)
    for label in read_labels(args.labels):
        if labelled is not None and label["repository"] not in labelled:
            continue  # an earlier round's figures are over its own labels only
        if split_of(label["repository"]) in splits and (not only or label["repository"] in only):
            by_project[(label["repository"], label["project"])].append(label)

    rows = {split: [] for split in SPLITS}
    unjudged = []
    judged = defaultdict(int)
    for (repository, project), project_labels in sorted(by_project.items()):
        name = repository.split("/")[1]
        project_dir = os.path.normpath(os.path.join(args.checkouts, name, project))
        if args.output:
            output_dir = os.path.normpath(os.path.join(os.path.abspath(args.output), name, project))
            extra = output_args(output_dir)
        else:
            output_dir = os.path.join(project_dir, "target", "rust-fit")
            extra = []
        result_file = os.path.join(output_dir, "rust-fit.json")
        why = None
        if not os.path.isfile(os.path.join(project_dir, "pom.xml")):
            why = "no checkout at %s (expected commit %s)" % (project_dir, project_labels[0]["commit"])
        elif not args.no_run:
            failure = run_plugin(project_dir, args.maven, args.plugin,
                                 maven_args + PROJECT_MAVEN_ARGS.get(repository, []) + extra,
                                 os.environ.get(PROJECT_JAVA_HOME.get(repository, ""), None))
            if failure is not None:
                why = "analyze failed:\n      " + failure.replace("\n", "\n      ")
        if why is None and not os.path.isfile(result_file):
            why = "no result at %s" % result_file
        if why is not None:
            unjudged.extend((repository, label["module"], why) for label in project_labels)
            continue
        with open(result_file) as f:
            # schemaVersion 2 groups each module's fields: its verdict, answers and rationale are its judgement
            modules = {m["identity"]["path"]: m["judgement"] for m in json.load(f)["modules"]}
        for label in project_labels:
            # paths run from the project's top (its .mvn directory), which for a reactor in a
            # subdirectory (apache/avro's lang/java) is above the reactor; older results ran from the
            # reactor itself
            module = modules.get(path_from_top(project, label["module"]), modules.get(label["module"]))
            if module is None:
                unjudged.append((repository, label["module"], "not a module of the analysed reactor"))
            elif args.coverage and module.get("verdict") == "NOT_ANALYZED":
                # a coverage problem, not a figure: the plugin found no Java sources to judge there
                unjudged.append((repository, label["module"], "the plugin found no Java sources to judge"))
            else:
                judged[repository] += 1
                rows[split_of(repository)].append((repository, label, module))

    if args.coverage:
        print("\ncoverage (round %d, %s split): no figures, no verdicts" % (args.round, args.split))
        for (repository, project), project_labels in sorted(by_project.items()):
            print("  %-50s %3d of %3d labelled modules judged" % (
                repository + ("" if project == "." else " " + project), judged[repository], len(project_labels)))
        print_unjudged(unjudged)
        sys.exit(1 if unjudged else 0)

    if args.holdout:
        if args.round == 1 or "train" not in splits:
            parser.error("--holdout divides the training split of round 2 or a later round")
        shown = ["tune", "holdout"] + [s for s in splits if s != "train"]
        rows["tune"] = [row for row in rows["train"] if holdout_of(row[0]) == "tune"]
        rows["holdout"] = [row for row in rows["train"] if holdout_of(row[0]) == "holdout"]
        figures = {split: Figures(rows[split]) for split in rows}
        for split in ["train"] + shown:
            figures[split].print(split)
        print("\ntune-holdout gap in balanced accuracy: %.2f" % (figures["tune"].balanced - figures["holdout"].balanced))
        print_unjudged(unjudged)
        print_misses("tune", figures["tune"])
        if "test" in splits and args.show_test_misses:
            print_misses("test", figures["test"])
        return

    figures = {split: Figures(rows[split]) for split in SPLITS}
    for split in splits:
        figures[split].print(split)
    gap = None
    if len(splits) == 2 and rows["train"] and rows["test"]:
        gap = figures["train"].balanced - figures["test"].balanced
        print("\ntrain-test gap in balanced accuracy: %.2f (train %.2f, test %.2f; target at most %.2f)" % (
            gap, figures["train"].balanced, figures["test"].balanced, TARGET_GAP))

    print_unjudged(unjudged)

    if "train" in splits:
        print_misses("train", figures["train"])
    if "test" in splits and args.show_test_misses:
        print_misses("test", figures["test"])

    if args.fail:
        test = figures["test"]
        missed = []
        if "test" not in splits or not test.rows:
            missed.append("the test split was not measured")
        else:
            if test.balanced < TARGET_BALANCED:
                missed.append("balanced accuracy %.2f < %.2f" % (test.balanced, TARGET_BALANCED))
            if test.recalls.get("KEEP", 1.0) < TARGET_KEEP_RECALL:
                missed.append("KEEP recall %.3f < %.2f" % (test.recalls["KEEP"], TARGET_KEEP_RECALL))
            if test.high_swaps:
                missed.append("%d STRONG_CANDIDATE<->KEEP swap(s) on high-confidence labels" % len(test.high_swaps))
            if gap is None:
                missed.append("no train-test gap (the training split was not measured)")
            elif abs(gap) > TARGET_GAP:
                missed.append("train-test gap %.2f, more than %.2f" % (gap, TARGET_GAP))
        if unjudged:
            missed.append("%d labelled module(s) not judged" % len(unjudged))
        if missed:
            print("\ntargets missed on the test split: " + "; ".join(missed))
            sys.exit(1)
        print("\nevery target is met on the test split")


def print_unjudged(unjudged):
    if unjudged:
        print("\nlabelled modules the plugin did not judge (left out of the figures): %d" % len(unjudged))
        for repository, module, why in unjudged:
            print("  %s %s: %s" % (repository, module, why))


if __name__ == "__main__":
    main()
