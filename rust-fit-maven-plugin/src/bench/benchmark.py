#!/usr/bin/env python3
"""Speed and memory benchmark of the analyze goal, measured side by side in one run.

  benchmark.py [--runs N] [--include-tests] PROJECT_DIR [PROJECT_DIR ...]
  benchmark.py --growth [--runs N]

For each Maven project (a fresh checkout whose modules were never built) it interleaves, round
after round, in a rotating order:
  skip   Maven running the goal with rustfit.skip=true (Maven's own start-up and model building)
  cold   analyze with no cache
  inmvn  the same with rustfit.fork=never: every file parsed in Maven's own JVM (for comparison)
  warm   analyze again with the cache of the previous run and no source change
  pmd    PMD 7's command line with a one-rule ruleset over the same source roots
  floor  a bare, lean JavaParser pass over the same files (ParseFloor.java)
and prints medians and the ratios the issue sets as targets:
  T1a (cold - skip) / pmd            <= 0.6
  T1b cold / (skip + floor)          <= 1.2
  T2  warm / skip                    <= 1.2, and touching one file re-parses one file
  T3  cold under MAVEN_OPTS=-Xmx256m succeeds; peak heap after GC is printed for Maven's JVM and
      for the parsing JVM (which takes the same limit)
--growth generates reactors of 0.5 and 5 million lines (generate-reactor.py) and compares lines
per second of cold runs (T4: within 20%), and runs each under -Xmx256m with the cache on, printing
the peak heap after GC at both sizes (T3: it must not grow with the project).

The plugin must be installed (the README's first command); to measure one installed in a private
repository, give it as MAVEN_OPTS=-Dmaven.repo.local=DIR (kept by the small-heap runs too).
Timings are wall clock on a shared machine: read the ratios, not the seconds.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_POM = os.path.join(HERE, "..", "..", "pom.xml")
GOAL = "io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT:analyze"


def run(cmd, cwd, env=None, check=True):
    start = time.monotonic()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - start
    if check and done.returncode != 0:
        sys.exit("failed (%d): %s in %s\n%s" % (done.returncode, " ".join(cmd), cwd, (done.stdout + done.stderr)[-4000:]))
    return elapsed, done


def mvn(project, *args, env=None, check=True):
    return run(["mvn", "-B", GOAL] + list(args), project, env=env, check=check)


def classpath(pom, work, name):
    out = os.path.join(work, name + ".cp")
    run(["mvn", "-B", "-q", "-f", pom, "dependency:build-classpath", "-Dmdep.outputFile=" + out, "-Dmdep.includeScope=runtime"], work)
    with open(out) as f:
        return f.read().strip()


class Tools:
    """PMD's and JavaParser's class paths and the compiled ParseFloor, made once per run."""

    def __init__(self, work):
        self.work = work
        self.pmd_cp = classpath(os.path.join(HERE, "pmd-cli-pom.xml"), work, "pmd")
        plugin_cp = classpath(PLUGIN_POM, work, "plugin")
        self.parser_cp = ":".join(p for p in plugin_cp.split(":") if "javaparser-core" in p)
        floor_dir = os.path.join(work, "floor")
        os.makedirs(floor_dir, exist_ok=True)
        run(["javac", "-d", floor_dir, "-cp", self.parser_cp, os.path.join(HERE, "ParseFloor.java")], work)
        self.floor_cp = self.parser_cp + ":" + floor_dir


def source_roots(project, work, extra):
    out = os.path.join(work, "roots")
    mvn(project, "-Drustfit.useCache=false", "-Drustfit.outputDirectory=" + out, *extra)
    with open(os.path.join(out, "rust-fit.json")) as f:
        result = json.load(f)
    roots = [os.path.join(project, r) for m in result["modules"] for r in m["sources"]["roots"]]
    lines = result["summary"]["files"]["linesOfCode"]
    return roots, lines, result["summary"]["files"]["seen"]


def measure(project, tools, runs, extra):
    work = tempfile.mkdtemp(prefix="rustfit-bench-")
    roots, loc, files = source_roots(project, work, extra)
    roots_file = os.path.join(work, "roots.txt")
    with open(roots_file, "w") as f:
        f.write("\n".join(roots) + "\n")
    cache = os.path.join(work, "cache.zip")
    out = os.path.join(work, "out")
    common = ["-Drustfit.cacheFile=" + cache, "-Drustfit.outputDirectory=" + out] + extra

    def skip():
        return mvn(project, "-Drustfit.skip=true", *common)[0]

    def cold():
        if os.path.exists(cache):
            os.remove(cache)
        return mvn(project, *common)[0]

    def inmvn():
        if os.path.exists(cache):
            os.remove(cache)
        return mvn(project, "-Drustfit.fork=never", *common)[0]

    def warm():
        if not os.path.exists(cache):
            mvn(project, *common)
        elapsed, done = mvn(project, *common)
        assert "parsed 0 changed file(s)" in done.stdout, done.stdout[-2000:]
        return elapsed

    def pmd():
        cmd = ["java", "-cp", tools.pmd_cp, "net.sourceforge.pmd.cli.PmdCli", "check", "--no-cache", "--no-progress",
               "--no-fail-on-violation", "-R", os.path.join(HERE, "pmd-ruleset.xml"), "-f", "text",
               "-d", ",".join(r for r in roots if os.path.isdir(r))]
        return run(cmd, project)[0]

    def floor():
        return run(["java", "-cp", tools.floor_cp, "ParseFloor", "lean", roots_file], project)[0]

    steps = {"skip": skip, "cold": cold, "inmvn": inmvn, "warm": warm, "pmd": pmd, "floor": floor}
    times = {name: [] for name in steps}
    order = list(steps)
    for round_number in range(runs):
        for name in order[round_number % len(order):] + order[:round_number % len(order)]:
            times[name].append(steps[name]())
        print("  round %d: %s" % (round_number + 1, ", ".join("%s %.1fs" % (n, times[n][-1]) for n in order)), file=sys.stderr)
    median = {name: statistics.median(values) for name, values in times.items()}

    # T2: touch one file, expect exactly one re-parse
    victim = next(os.path.join(dirpath, name) for root in roots for dirpath, _, names in os.walk(root) for name in sorted(names) if name.endswith(".java"))
    with open(victim, "rb") as f:
        original = f.read()
    try:
        mvn(project, *common)
        with open(victim, "ab") as f:
            f.write(b"\n// touched by the benchmark\n")
        _, done = mvn(project, *common)
        reparsed = int(re.search(r"parsed (\d+) changed file", done.stdout).group(1))
    finally:
        with open(victim, "wb") as f:
            f.write(original)

    # T3: a small heap, with a GC log for the peak heap after collections
    gc_log = os.path.join(work, "gc.log")
    child_gc_log = os.path.join(work, "child-gc.log")
    env = dict(os.environ, MAVEN_OPTS=small_heap_opts(gc_log))
    if os.path.exists(cache):
        os.remove(cache)
    _, done = mvn(project, *common, "-Drustfit.forkJvmArguments=-Xlog:gc:file=" + child_gc_log, env=env, check=False)
    small_heap_ok = done.returncode == 0 and "parsing in a separate JVM failed" not in done.stdout
    peak_after_gc = peak_heap_after_gc(gc_log)
    child_peak_after_gc = peak_heap_after_gc(child_gc_log, full_only=True)
    shutil.rmtree(work, ignore_errors=True)
    return {"project": project, "files": files, "loc": loc, "median": median, "reparsed": reparsed,
            "small_heap_ok": small_heap_ok, "peak_after_gc_mb": peak_after_gc,
            "child_peak_after_gc_mb": child_peak_after_gc}


def small_heap_opts(gc_log):
    """MAVEN_OPTS for the small-heap run: the caller's own (a private -Dmaven.repo.local, say) kept."""
    return (os.environ.get("MAVEN_OPTS", "") + " -Xmx256m -Xlog:gc:file=" + gc_log).strip()


def peak_heap_after_gc(gc_log, full_only=False):
    """The largest heap left after a collection (only full ones if asked), in MB; 0 when none ran.

    The parsing JVM uses the serial collector, whose young collections leave promoted garbage in
    the old generation until a full one: only full collections show its live set.
    """
    peak = 0
    if os.path.exists(gc_log):
        with open(gc_log) as f:
            for line in f:
                if full_only and "Pause Full" not in line:
                    continue
                match = re.search(r"->(\d+)M\(", line)
                if match:
                    peak = max(peak, int(match.group(1)))
    return peak


def report(m):
    t = m["median"]
    analysis = t["cold"] - t["skip"]
    print("\n%s: %d files, %d lines of code" % (m["project"], m["files"], m["loc"]))
    print("  medians: " + ", ".join("%s %.2fs" % (k, v) for k, v in t.items()))
    checks = [
        ("T1a analysis cost / PMD", analysis / t["pmd"], 0.6),
        ("T1b cold / (skip + floor)", t["cold"] / (t["skip"] + t["floor"]), 1.2),
        ("T2  warm / skip", t["warm"] / t["skip"], 1.2),
    ]
    for name, ratio, target in checks:
        print("  %-28s %.2f (target <= %.1f) %s" % (name, ratio, target, "ok" if ratio <= target else "MISSED"))
    print("  T2  files re-parsed after touching one: %d %s" % (m["reparsed"], "ok" if m["reparsed"] == 1 else "MISSED"))
    print("  T3  -Xmx256m: %s, peak heap after GC %d MB in Maven's JVM, after a full GC %d MB in the parsing JVM"
          " (0: none was needed)"
          % ("ok" if m["small_heap_ok"] else "FAILED", m["peak_after_gc_mb"], m["child_peak_after_gc_mb"]))
    print("  (for comparison) cold / cold parsing in Maven's JVM: %.2f" % (t["cold"] / t["inmvn"]))


def growth(tools, runs):
    results = []
    for lines in (500_000, 5_000_000):
        target = tempfile.mkdtemp(prefix="rustfit-growth-")
        run([sys.executable, os.path.join(HERE, "generate-reactor.py"), "--lines", str(lines), target], target)
        roots, loc, files = source_roots(target, target, [])
        times = []
        for _ in range(runs):
            elapsed, _ = mvn(target, "-Drustfit.useCache=false", "-Drustfit.outputDirectory=" + os.path.join(target, "out"))
            skip, _ = mvn(target, "-Drustfit.skip=true")
            times.append(elapsed - skip)
        seconds = statistics.median(times)
        # T3 at this size: a small heap, the cache on (it is written as the run goes)
        gc_log = os.path.join(target, "gc.log")
        child_gc_log = os.path.join(target, "child-gc.log")
        env = dict(os.environ, MAVEN_OPTS=small_heap_opts(gc_log))
        _, done = mvn(target, "-Drustfit.outputDirectory=" + os.path.join(target, "small-heap"),
                      "-Drustfit.forkJvmArguments=-Xlog:gc:file=" + child_gc_log, env=env, check=False)
        small_heap_ok = done.returncode == 0 and "parsing in a separate JVM failed" not in done.stdout
        peak = peak_heap_after_gc(gc_log)
        child_peak = peak_heap_after_gc(child_gc_log, full_only=True)
        result_kb = os.path.getsize(os.path.join(target, "out", "rust-fit.json")) // 1024
        results.append((loc, seconds, peak))
        print("  %d lines of code in %d files: analysis %.1fs, %.0f lines/s; -Xmx256m %s, peak heap after GC %d MB"
              " (parsing JVM, after a full GC: %d MB); result %d KB" % (loc, files, seconds, loc / seconds,
                                                      "ok" if small_heap_ok else "FAILED", peak, child_peak, result_kb))
        shutil.rmtree(target, ignore_errors=True)
    (small_loc, small_s, small_peak), (large_loc, large_s, large_peak) = results
    ratio = (large_loc / large_s) / (small_loc / small_s)
    print("  T4 lines/s at 5M vs 0.5M: %.2f (target >= 0.8) %s" % (ratio, "ok" if ratio >= 0.8 else "MISSED"))
    print("  T3 peak heap after GC at 5M vs 0.5M: %.2f (%d MB vs %d MB)" % (large_peak / max(small_peak, 1), large_peak,
                                                                         small_peak))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("projects", nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--include-tests", action="store_true", help="analyse test roots too (and give them to PMD)")
    parser.add_argument("--growth", action="store_true")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="rustfit-tools-")
    tools = Tools(work)
    extra = ["-Drustfit.includeTests=true"] if args.include_tests else []
    for project in args.projects:
        report(measure(os.path.abspath(project), tools, args.runs, extra))
    if args.growth:
        growth(tools, args.runs)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
