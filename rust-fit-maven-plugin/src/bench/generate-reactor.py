#!/usr/bin/env python3
"""Writes a synthetic Maven reactor of about --lines lines of Java, for the growth benchmark.

  generate-reactor.py --lines 5000000 TARGET_DIR

Modules of 200 files each; files mix the shapes the plugin looks for (locks and atomics, byte
buffers and shifts, request mappings, plain records and arithmetic) in seeded, varied
proportions, so parsing and signal work scale like real code. The output is never committed.
"""
import argparse
import os
import random

MODULE_FILES = 200

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.generated</groupId>
  <artifactId>{artifact}</artifactId>
  <version>1.0-SNAPSHOT</version>
  <packaging>{packaging}</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
{body}
</project>
"""

HEADER = """package bench.m{module}.p{package};

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/** Generated class {name}. */
public final class {name} {{

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private volatile boolean running = true;
"""

METHODS = [
    """
    public long decode{i}(ByteBuffer buffer) {{
        long value = 0;
        int shift = 0;
        while (buffer.hasRemaining()) {{
            int b = buffer.get() & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {{
                return value;
            }}
            shift += 7;
        }}
        throw new IllegalStateException("truncated varint at " + buffer.position());
    }}
""",
    """
    public void record{i}(String key, long amount) {{
        lock.lock();
        try {{
            totals.merge(key, amount, Long::sum);
            counter.incrementAndGet();
        }} finally {{
            lock.unlock();
        }}
    }}
""",
    """
    public List<String> describe{i}(List<Integer> values) {{
        List<String> out = new ArrayList<>();
        for (int value : values) {{
            if (value % 3 == 0) {{
                out.add("fizz " + value);
            }} else if (value % 5 == 0) {{
                out.add("buzz " + value);
            }} else {{
                out.add(Integer.toString(value));
            }}
        }}
        return out;
    }}
""",
    """
    public double mean{i}(double[] samples) {{
        double sum = 0;
        for (double sample : samples) {{
            sum += sample;
        }}
        return samples.length == 0 ? 0 : sum / samples.length;
    }}
""",
    """
    public int checksum{i}(byte[] data) {{
        int hash = 0x811C9DC5;
        for (byte b : data) {{
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }}
        return hash >>> 1;
    }}
""",
]


def write_module(root, module, files, rng):
    base = os.path.join(root, "m%d" % module)
    body = "  <parent><groupId>bench.generated</groupId><artifactId>reactor</artifactId><version>1.0-SNAPSHOT</version></parent>"
    if module > 0:
        body += "\n  <dependencies><dependency><groupId>bench.generated</groupId><artifactId>m0</artifactId><version>1.0-SNAPSHOT</version></dependency></dependencies>"
    os.makedirs(base, exist_ok=True)
    with open(os.path.join(base, "pom.xml"), "w") as f:
        f.write(POM.format(artifact="m%d" % module, packaging="jar", body=body))
    lines = 0
    for n in range(files):
        package = n // 20
        name = "Generated%d_%d" % (module, n)
        directory = os.path.join(base, "src", "main", "java", "bench", "m%d" % module, "p%d" % package)
        os.makedirs(directory, exist_ok=True)
        parts = [HEADER.format(module=module, package=package, name=name)]
        for i in range(rng.randint(10, 18)):
            parts.append(rng.choice(METHODS).format(i=i))
        parts.append("}\n")
        text = "".join(parts)
        lines += text.count("\n")
        with open(os.path.join(directory, name + ".java"), "w") as f:
            f.write(text)
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, required=True)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("target")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.target, exist_ok=True)
    written, module, modules = 0, 0, []
    while written < args.lines:
        written += write_module(args.target, module, MODULE_FILES, rng)
        modules.append("    <module>m%d</module>" % module)
        module += 1
    with open(os.path.join(args.target, "pom.xml"), "w") as f:
        f.write(POM.format(artifact="reactor", packaging="pom", body="  <modules>\n%s\n  </modules>" % "\n".join(modules)))
    print("%d lines in %d modules under %s" % (written, module, args.target))


if __name__ == "__main__":
    main()
