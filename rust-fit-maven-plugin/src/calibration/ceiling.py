#!/usr/bin/env python3
"""How much of the hand labels the plugin's own figures can explain at all, on projects not fitted on.

Usage:
  ceiling.py --output DIR [--labels labels.csv] [--round 1|2|...|22] [--folds 5] [--checkouts DIR]

DIR holds the result files that `evaluate.py --output DIR` wrote (DIR/<name>/<project>/rust-fit.json).
For every labelled module of the round's training split that the plugin judged, the script reads the
figures the result file gives about it: the basis of its verdict (strong-fit, avoid, core, engine and
judged densities, yes and open answers), the three questions' answers, every criterion's and signal's
density per 1000 lines, its lines and how many modules depend on it, and the ground and trait its
verdict rests on. It never reads the test split.

It then prints the balanced accuracy of the plugin's rules on those modules, next to that of models
fitted to the same figures and measured across repositories: the modules are cut into --folds folds
by repository (GroupKFold), each model is fitted on all folds but one and predicts the one left out,
so every prediction is about a project the model never saw, as the test split's are. The models are
shallow decision trees, regularised logistic regressions and a random forest, each weighting the
three verdicts equally (class_weight="balanced"), as balanced accuracy does.

With --checkouts (the directory evaluate.py ran in, <name>/<project>/<module>), it also reads each
module's sources and adds, one group at a time, evidence no signal measures: the words of its class
and package names (TF-IDF), how much of it is byte-level code, calls into network and serialisation
frameworks and bookkeeping types (configuration, builders, exceptions), and each figure's share of
the largest value among the same project's modules.

Two more groups read the module class by class. Per-message handlers and library framing: how much
of its code sits in classes that take one message, request or frame at a time (a Handler, Decoder,
Filter or Servlet by supertype or name, or a decode, channelRead, onMessage or doFilter method),
whether a protocol or format library (Netty, Kafka, Jackson, SAX, protobuf ...) does the framing
for it rather than an application framework (Spring, Jakarta, Hibernate ...), how much it parses
characters by hand (charAt, char comparisons, read(), state changes) and how many public methods
take untrusted input (streams, buffers, requests, sockets). Where the byte work sits: whether the
module's byte-level work, counted in its source and in the plugin's own findings, fills a few files
or a corner package (util, internal, codec ...) beside much plain code, or runs through its heart,
the classes that are not configuration, builders, exceptions or data holders; with the result
file's adoption hotspots and extraction cut. After each group, the one of its figures that lifted
the balanced accuracy most when added alone, on round 21's training split (state changes per 1000
lines; the top file's share of the plugin's byte-level findings): chosen by looking at these same
folds, so it flatters itself.

The last lines read what a module says it is for, in its own prose: the artifactId, name and description
of its pom.xml, the first sentence of each top-level type's Javadoc, its package-info Javadoc and the
start of a README.md beside its pom. They add that prose as words (TF-IDF over words and word pairs
found in at least three of the fitted folds' projects, so the left-out fold shapes no vocabulary), with
and without the name words, and as four sums over a hand-made PURPOSE_LEXICON of words that name work
worth moving to Rust (protocol, codec, buffer, server ...) or work that stays in Java (configuration,
admin, example, test ...): how often each kind occurs, their difference and how much prose there is.
On round 21's training split the prose words alone add nothing to the figures (0.69), and the four
sums with the name words reach 0.71, about +0.01 over the figures alone when the projects are dealt
into folds at random several times: a small lift, not a step toward the labels.

Reading it: if no model fitted to the figures beats the rules across repositories, then no
re-weighting or re-thresholding of those figures will lift the blind figure much; a gain has to come
from evidence the figures do not yet hold (what the reader of a module sees that no signal measures).

Needs numpy and scikit-learn (Debian: `apt-get install python3-sklearn`), which evaluate.py does not.
"""

import argparse
import collections
import json
import os
import re
import sys

import evaluate
import rounds

try:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score, confusion_matrix
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler
    from sklearn.tree import DecisionTreeClassifier
except ImportError as missing:
    sys.exit("ceiling.py needs numpy and scikit-learn (%s); on Debian: apt-get install python3-sklearn" % missing)

ANSWERS = {"YES": 1.0, "NO": -1.0}


def figures_of(module):
    """The figures a result file gives about one judged module, by name."""
    basis = module["judgement"]["basis"]
    figures = {
        "lines": module["sources"]["files"]["linesOfCode"],
        "dependents": len(module["graph"]["dependents"]),
    }
    for key in ("avoid", "core", "engine", "judged", "strongFit", "yes", "open"):
        figures["basis." + key] = basis[key] or 0.0
    for question in module["judgement"]["questions"]:
        figures["answer." + question["question"]] = ANSWERS.get(question["effective"], 0.0)
    for criterion in module["evidence"]["criteria"]:
        figures["criterion." + criterion["criterion"]] = criterion["perKloc"]
    for signal in module["evidence"].get("signals", []):
        figures["signal." + signal["id"]] = signal["perKloc"]
    return figures


def judged_modules(output, labels, split_of):
    """(repository, label, rule verdict, ground, trait, figures, source roots under the checkouts, the
    module as the result file gives it) of every judged training module."""
    results = {}
    judged = []
    for label in labels:
        if split_of(label["repository"]) != "train":
            continue
        name = label["repository"].split("/")[1]
        path = os.path.normpath(os.path.join(output, name, label["project"], "rust-fit.json"))
        if path not in results:
            results[path] = None
            if os.path.isfile(path):
                with open(path) as f:
                    results[path] = {m["identity"]["path"]: m for m in json.load(f)["modules"]}
        modules = results[path]
        if modules is None:
            continue
        module = modules.get(evaluate.path_from_top(label["project"], label["module"]), modules.get(label["module"]))
        if module is None or module["judgement"]["verdict"] == "NOT_ANALYZED":
            continue
        basis = module["judgement"]["basis"]
        roots = [os.path.join(name, label["project"], root) for root in module["sources"]["roots"]]
        judged.append((label["repository"], label["expected"], module["judgement"]["verdict"],
                       basis["ground"], basis["trait"] or "", figures_of(module), roots, module))
    return judged


BYTE_WORK = re.compile(r"&\s*0x[fF]{2}\b|>>>|<<\s*\d|\.(get|put)(Int|Long|Short)\(|\bbyte\s*\[\]|ByteBuffer|MemorySegment|Unsafe")
FRAMEWORK_IMPORT = re.compile(
    r"^import\s+(static\s+)?(io\.netty|org\.eclipse\.jetty|io\.undertow|io\.vertx|io\.grpc|org\.apache\.mina|"
    r"com\.google\.protobuf|org\.apache\.thrift|org\.apache\.avro|com\.fasterxml\.jackson|org\.springframework|"
    r"jakarta\.|javax\.(servlet|ws|jms|persistence|websocket))", re.M)
BOOKKEEPING = re.compile(r"(Config|Configuration|Options?|Builder|Exception|Error|Propert(y|ies)|Factory|Constants|"
                         r"Settings|Metrics|Stats|Listener|Event|Request|Response|Info|Utils?|Helper)$")
NAME_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def java_sources(checkouts, roots):
    """(source root, folder under it, file name, text) of every .java file under a module's source roots."""
    for root in roots:
        top = os.path.join(checkouts, root)
        for folder, _, names in os.walk(top):
            for file_name in names:
                if file_name.endswith(".java"):
                    with open(os.path.join(folder, file_name), encoding="utf-8", errors="replace") as f:
                        yield root, os.path.relpath(folder, top), file_name, f.read()


def source_evidence(sources):
    """(the words of a module's class and package names, its source shares) read from its java_sources."""
    words, lines, byte_work, framework_files, bookkeeping, files = [], 0, 0, 0, 0, 0
    for _, folder, file_name, text in sources:
        package = [part for part in folder.split(os.sep) if part != "."]
        files += 1
        lines += text.count("\n") + 1
        byte_work += len(BYTE_WORK.findall(text))
        framework_files += bool(FRAMEWORK_IMPORT.search(text))
        bookkeeping += bool(BOOKKEEPING.search(file_name[:-5]))
        words += [word.lower() for word in NAME_WORD.findall(file_name[:-5])]
        words += ["package:" + part for part in package[-2:]]
    shares = [np.log1p(1000.0 * byte_work / max(lines, 1)), framework_files / max(files, 1),
              bookkeeping / max(files, 1), np.log1p(files)]
    return " ".join(words), shares


LITERAL_OR_COMMENT = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])+\'', re.S)


def code_of(text):
    """Java source with its comments blanked (their line breaks kept), strings as "" and chars as 'c'."""
    def blank(match):
        token = match.group(0)
        if token[0] == "'":
            return "'c'"
        if token[0] == '"':
            return '""'
        return "\n" * token.count("\n")
    return LITERAL_OR_COMMENT.sub(blank, text)


# Per-message handlers and library framing: is the module's work one message, request or frame at a time at a
# trust boundary, does it parse characters by hand, and does a protocol or format library do the framing for it?
HANDLER_SUFFIXES = ("Handler", "Decoder", "Encoder", "Codec", "Filter", "Interceptor", "Mediator", "Parser",
                    "Servlet", "Endpoint")
LOOSE_HANDLER_SUFFIXES = HANDLER_SUFFIXES + ("Processor", "Converter", "Reader", "Writer", "Listener", "Consumer")
TYPE_DECLARATION = re.compile(r"\b(class|interface|enum|record)\s+([A-Z]\w*)([^{;]*)\{")
TYPE_ARGUMENTS = re.compile(r"<[^<>]*>")
EXTENDS = re.compile(r"\bextends\s+(.*?)(?:\bimplements\b|\bpermits\b|$)", re.S)
IMPLEMENTS = re.compile(r"\bimplements\s+(.*?)(?:\bpermits\b|$)", re.S)
METHOD_HEAD = re.compile(r"\b(\w+)\s*\(([^()]*)\)\s*(?:throws\s+[\w.,\s]+)?\{")
NOT_A_METHOD = {"if", "for", "while", "switch", "catch", "synchronized", "return", "new"}
CALLED_HERE = re.compile(r"\bnew\s*$|[=.(]\s*$")  # what precedes a call or an anonymous class, not a declaration
TYPE_NAME = re.compile(r"\b([A-Z]\w*)\b")
MESSAGE_METHODS = {"channelRead", "channelRead0", "decode", "encode", "onMessage", "handle", "process", "doFilter",
                   "service", "filter", "intercept", "mediate", "convert", "parse", "messageReceived", "doGet",
                   "doPost", "handleRequest", "onDataRead", "onHeadersRead", "deserialize", "serialize", "unmarshal",
                   "marshal", "decodeFrame", "encodeFrame", "exchange", "receive", "dispatch"}
STREAM_PARAMETER = re.compile(r"\b(byte\s*\[\]|char\s*\[\]|InputStream|OutputStream|ByteBuf|ByteBuffer|Reader|Writer|"
                              r"CharSequence|DataInput|DataOutput|ReadableByteChannel|WritableByteChannel)\b")
MESSAGE_PARAMETER = re.compile(r"(Request|Message|Exchange|Packet|Frame|Record|Event)\b")
UNTRUSTED_PARAMETER = re.compile(
    r"\b(InputStream|ByteBuf|ByteBuffer|HttpServletRequest|ServletRequest|Socket|SocketChannel|byte\s*\[\]|DataInput|"
    r"Reader|ChannelHandlerContext|ServerHttpRequest|FullHttpRequest|HttpRequest|ServerWebExchange|ConsumerRecords?|"
    r"ReadableByteChannel|HttpExchange|RoutingContext|Buffer|ClassicHttpRequest|HttpServerRequest|MimeMessage|"
    r"Message)\b")
PROTOCOL_LIBRARIES = (
    "io.netty", "reactor.netty", "org.apache.kafka", "org.apache.http", "org.apache.hc", "org.eclipse.jetty",
    "io.vertx", "io.undertow", "org.apache.mina", "io.grpc", "okhttp3", "com.squareup.okhttp",
    "org.asynchttpclient", "org.apache.pdfbox", "org.apache.fontbox", "org.jsoup", "org.apache.james.mime4j",
    "com.fasterxml.jackson", "com.google.gson", "com.alibaba.fastjson", "org.json", "javax.json", "jakarta.json",
    "org.yaml.snakeyaml", "org.antlr", "antlr", "net.javacc", "org.apache.commons.csv", "com.opencsv",
    "org.apache.poi", "org.apache.tika", "com.google.protobuf", "org.apache.thrift", "org.apache.avro",
    "org.msgpack", "org.xml.sax", "javax.xml.stream", "javax.xml.parsers", "org.w3c.dom", "org.dom4j", "org.jdom",
    "nu.xom", "com.ctc.wstx", "org.codehaus.stax2", "org.eclipse.paho", "org.fusesource.mqtt", "com.rabbitmq",
    "org.apache.activemq", "org.apache.qpid", "javax.mail", "jakarta.mail", "com.sun.mail",
    "org.apache.commons.fileupload", "org.apache.commons.net", "org.apache.sshd", "com.jcraft.jsch",
    "org.apache.zookeeper", "org.apache.pulsar", "org.apache.rocketmq", "io.lettuce", "redis.clients",
    "org.apache.axiom", "org.apache.axis2", "org.apache.cxf", "org.apache.commons.compress", "org.xerial.snappy",
    "com.github.luben", "net.jpountz", "org.bouncycastle", "io.swagger.v3.parser", "org.apache.camel",
    "org.apache.coyote", "org.apache.tomcat", "org.glassfish.grizzly", "org.apache.velocity", "freemarker",
    "org.thymeleaf", "com.jayway.jsonpath", "org.apache.lucene.analysis", "io.opentelemetry.proto",
    "org.apache.ftpserver")
APPLICATION_FRAMEWORKS = ("org.springframework", "jakarta.", "javax.servlet", "javax.ws", "javax.persistence",
                          "javax.ejb", "javax.inject", "javax.annotation", "javax.enterprise", "com.google.inject",
                          "io.micronaut", "io.quarkus", "org.hibernate", "org.mybatis", "org.apache.ibatis",
                          "com.baomidou")
IMPORTED_EVERYWHERE = ("org.slf4j", "lombok")  # no sign of an application as imports, but its glue as supertypes
IMPORT = re.compile(r"(?m)^import\s+(?:static\s+)?([\w.]+)")
CHARACTER_PARSING = {  # what hand-written lexing and parsing of characters looks like
    "char_at": re.compile(r"\.charAt\s*\("),
    "case_char": re.compile(r"\bcase\s+'c'"),
    "char_comparison": re.compile(r"[=!<>]=?\s*'c'|'c'\s*[=!<>]=?"),
    "read_char": re.compile(r"\.read\s*\(\s*\)"),
    "tokenizer": re.compile(r"\b(StreamTokenizer|StringTokenizer)\b"),
    "character_class": re.compile(r"\bCharacter\.is\w+\s*\("),
}
STATE_CHANGE = re.compile(r"\b(?:this\.)?state\s*=[^=]|\bcase\s+(?:STATE_\w+|S_\w+)\b")


def supertypes(header):
    """The simple names a type declaration extends or implements, from what follows its name up to its brace."""
    header = " " + header
    for _ in range(4):  # nested type arguments, innermost first
        header = TYPE_ARGUMENTS.sub("", header)
    names = []
    for clause in (EXTENDS, IMPLEMENTS):
        found = clause.search(header)
        if found:
            names += found.group(1).split(",")
    return [name.strip().split(".")[-1].strip() for name in names if name.strip()]


def handler_file(code):
    """What one file (code_of its text) shows of per-message handling, library framing and character parsing."""
    declared = TYPE_DECLARATION.findall(code)
    supers = [name for _, _, header in declared for name in supertypes(header)]
    imports = IMPORT.findall(code)
    imported = {name.rsplit(".", 1)[-1]: name for name in imports}
    protocol_types = {simple for simple, name in imported.items() if name.startswith(PROTOCOL_LIBRARIES)}
    message_methods = untrusted = protocol_parameters = 0
    for head in METHOD_HEAD.finditer(code):
        name, parameters = head.group(1), head.group(2)
        before = code[code.rfind("\n", 0, head.start()) + 1:head.start()]
        if "public" in before or "protected" in before:
            protocol_parameters += sum(1 for t in TYPE_NAME.findall(parameters) if t in protocol_types)
        if name in NOT_A_METHOD or CALLED_HERE.search(before) or not parameters.strip():
            continue
        if (name in MESSAGE_METHODS or (name in ("read", "write") and STREAM_PARAMETER.search(parameters))
                or (name == "apply" and MESSAGE_PARAMETER.search(parameters))):
            message_methods += 1
        if "public" in before and UNTRUSTED_PARAMETER.search(parameters):
            untrusted += 1
    facts = {
        "lines": sum(1 for line in code.split("\n") if line.strip()),
        "handler_super": any(s.endswith(HANDLER_SUFFIXES) for s in supers),
        "loose_handler_super": any(s.endswith(LOOSE_HANDLER_SUFFIXES) for s in supers),
        "handler_name": bool(declared) and declared[0][1].endswith(LOOSE_HANDLER_SUFFIXES),
        "message_methods": message_methods,
        "untrusted": untrusted,
        "protocol_imports": sum(1 for name in imports if name.startswith(PROTOCOL_LIBRARIES)),
        "application": any(name.startswith(APPLICATION_FRAMEWORKS) for name in imports),
        "protocol_super": any(imported.get(s, "").startswith(PROTOCOL_LIBRARIES) for s in supers),
        "application_super": any(imported.get(s, "").startswith(APPLICATION_FRAMEWORKS + IMPORTED_EVERYWHERE)
                                for s in supers),
        "protocol_parameters": protocol_parameters,
        "state_changes": len(STATE_CHANGE.findall(code)),
    }
    facts.update((atom, len(pattern.findall(code))) for atom, pattern in CHARACTER_PARSING.items())
    facts["handler"] = (facts["handler_super"] or facts["loose_handler_super"] or facts["handler_name"]
                        or message_methods > 0)
    facts["characters"] = sum(facts[atom] for atom in CHARACTER_PARSING)
    return facts


def per_message_evidence(sources):
    """A module's per-message handling and library framing, from handler_file of each of its java_sources.

    A file is a handler when a type in it extends or implements a Handler, Decoder, Codec, Filter, Servlet and the
    like, its first type is named so, or it declares a per-message method (decode, channelRead, onMessage, doFilter,
    read or write of a stream, apply to a request ...). The figures are shares of lines and files (handlers, files
    importing a protocol or format library and not an application framework, supertypes and public parameters from
    such a library, files heavy in character parsing) and counts per 1000 lines (protocol imports, character
    comparisons, charAt, read(), Character.isX, tokenizers, state changes, public methods taking untrusted input),
    by name.
    """
    files = [handler_file(code_of(text)) for _, _, file_name, text in sources
             if file_name not in ("package-info.java", "module-info.java")]
    count = max(len(files), 1)
    lines = max(sum(f["lines"] for f in files), 1)
    kilolines = lines / 1000.0

    def line_share(holds):
        return sum(f["lines"] for f in files if holds(f)) / lines

    def file_share(holds):
        return sum(1 for f in files if holds(f)) / count

    def per_kloc(fact):
        return sum(f[fact] for f in files) / kilolines

    def framed(f):
        return f["protocol_imports"] > 0 and not f["application"]

    handlers = line_share(lambda f: f["handler"])
    protocol_files = file_share(lambda f: f["protocol_imports"] > 0)
    figures = collections.OrderedDict()
    figures["handler_super.lines"] = line_share(lambda f: f["handler_super"])
    figures["handler_super.files"] = file_share(lambda f: f["handler_super"])
    figures["loose_handler_super.lines"] = line_share(lambda f: f["loose_handler_super"])
    figures["loose_handler_super.files"] = file_share(lambda f: f["loose_handler_super"])
    figures["handler_name.lines"] = line_share(lambda f: f["handler_name"])
    figures["message_method.lines"] = line_share(lambda f: f["message_methods"] > 0)
    figures["handler.lines"] = handlers
    figures["protocol_import.files"] = protocol_files
    figures["protocol_imports.per_kloc"] = per_kloc("protocol_imports")
    figures["application_import.files"] = file_share(lambda f: f["application"])
    figures["framed.files"] = file_share(framed)
    figures["handler_with_protocol_import.lines"] = line_share(lambda f: f["handler"] and f["protocol_imports"] > 0)
    figures["characters.per_kloc"] = per_kloc("characters")
    for atom in CHARACTER_PARSING:
        figures[atom + ".per_kloc"] = per_kloc(atom)
    figures["state_changes.per_kloc"] = per_kloc("state_changes")
    figures["character_parsing.lines"] = line_share(lambda f: f["characters"] * 1000.0 / max(f["lines"], 1) >= 20)
    figures["untrusted_input.per_kloc"] = per_kloc("untrusted")
    figures["handler_with_untrusted_input.files"] = file_share(lambda f: f["handler"] and f["untrusted"] > 0)
    figures["message_methods.per_kloc"] = per_kloc("message_methods")
    figures["handler.lines_x_protocol_import.files"] = handlers * protocol_files
    figures["protocol_super.lines"] = line_share(lambda f: f["protocol_super"])
    figures["protocol_super.files"] = file_share(lambda f: f["protocol_super"])
    figures["application_super.lines"] = line_share(lambda f: f["application_super"])
    figures["protocol_parameters.per_kloc"] = per_kloc("protocol_parameters")
    figures["protocol_typed.lines"] = line_share(lambda f: f["protocol_parameters"] > 0 or f["protocol_super"])
    figures["handler_on_raw_input.lines"] = line_share(
        lambda f: f["handler"] and (f["characters"] > 0 or f["untrusted"] > 0))
    figures["framed.lines"] = line_share(framed)
    return figures


# Where the byte work sits: concentrated in a few files of a corner package next to much plain code, or spread
# through the module's heart? Counted three ways per file: BYTE_WORK's hits in the source, the plugin's byte-level
# findings and its findings for the criteria a strong fit rests on.
BOOKKEEPING_TYPE = re.compile(r"(Config|Configuration|Options?|Builder|Exception|Error|Propert(y|ies)|Constants|"
                              r"Settings|Request|Response|Dto|DTO|VO|Bean|Params?|Parameters)$")
DECLARED_METHOD = re.compile(r"(?:public|protected|private|static|final|synchronized|abstract|default|native)"
                             r"[\w\s<>\[\],.?]*?\b(\w+)\s*\([^;{)]*\)\s*(?:throws[\w\s.,]+)?\{")
ACCESSOR = re.compile(r"(get|set|is|has|with)[A-Z_]\w*|equals|hashCode|toString|builder|build|of|valueOf|values|"
                      r"compareTo")
BYTE_LEVEL_SIGNALS = ("codec.", "hotpath.", "memory.direct-buffers", "memory.unsafe", "memory.foreign",
                      "memory.reference-counting", "protocol.binary-streams", "protocol.bit-twiddling",
                      "protocol.buffer-types", "protocol.byte-buffers", "protocol.character-lexers",
                      "protocol.codec-types", "protocol.input-state-machines")
STRONG_FIT_CRITERIA = ("DATA_PLANE", "SAFETY_CRITICAL_SERVICE", "FUNDAMENTAL_CONCURRENCY", "CONSTRAINED_TARGET",
                       "WEBASSEMBLY_COMPUTE")
CORNER_PACKAGE = re.compile(r"^(util|utils|internal|impl|support|common|compress|compression|codec|codecs|io|buffer|"
                            r"hash|crypto|serial|serialization|encoding|bits|bytes|memory|unsafe|misc|tools?)$")
SourceFile = collections.namedtuple("SourceFile", "key package lines byte_work bookkeeping")


def gini(values):
    """The Gini coefficient of non-negative values: 0 when all are equal, near 1 when one holds them all."""
    values = np.sort(np.asarray(values, dtype=float))
    if len(values) == 0 or values.sum() == 0:
        return 0.0
    n = len(values)
    return float((2 * np.arange(1, n + 1) - n - 1).dot(values) / (n * values.sum()))


def byte_work_files(sources, roots, module):
    """A SourceFile for each of a module's java_sources: its path as the plugin's findings name it, its package,
    non-blank lines and BYTE_WORK hits, and whether it is bookkeeping (named like configuration, a builder, an
    exception or a DTO, or declaring nothing but accessors and no byte work)."""
    root_names = dict(zip(roots, module["sources"]["roots"]))
    files = []
    for root, folder, file_name, text in sources:
        if file_name in ("package-info.java", "module-info.java"):
            continue
        code = code_of(text)
        name = file_name[:-5]
        byte_work = len(BYTE_WORK.findall(code))
        methods = [m for m in DECLARED_METHOD.findall(code)
                   if m not in ("if", "for", "while", "switch", "catch", "synchronized")]
        accessors_only = all(m == name or ACCESSOR.fullmatch(m) for m in methods)
        files.append(SourceFile(key=os.path.normpath(os.path.join(root_names[root], folder, file_name)),
                                package=".".join(part for part in folder.split(os.sep) if part != "."),
                                lines=sum(1 for line in code.split("\n") if line.strip()), byte_work=byte_work,
                                bookkeeping=bool(BOOKKEEPING_TYPE.search(name)) or (accessors_only and byte_work == 0)))
    return files


def spread(prefix, files, weights, threshold):
    """How byte work (weights, one per file) is spread over a module's files and packages, by name.

    A file with at least threshold of it is a byte-work file. The figures: how many files and lines those are, how
    few files hold 80% of it and the top file's and top three's share, its Gini coefficient, byte-work lines among the
    lines that are not bookkeeping (the heart), its density in the heart and in the byte-work files, and whether its
    top package is a small corner (util, internal, codec, io ...) or the module's main package.
    """
    lines = np.array([f.lines for f in files], dtype=float)
    weights = np.asarray(weights, dtype=float)
    bookkeeping = np.array([f.bookkeeping for f in files], dtype=bool)
    total_lines, total = max(lines.sum(), 1.0), weights.sum()
    byte_files = weights >= threshold
    out = collections.OrderedDict()
    out["files_with"] = np.log1p(byte_files.sum())
    out["files_share"] = byte_files.mean()
    out["lines_share"] = lines[byte_files].sum() / total_lines
    order = np.argsort(-weights, kind="stable")
    if total > 0:
        holding_80 = int(np.searchsorted(np.cumsum(weights[order]), 0.8 * total - 1e-9)) + 1
        out["lines80_share"] = lines[order[:holding_80]].sum() / total_lines
        out["files80"] = np.log1p(holding_80)
        out["top_file_share"] = weights.max() / total
        out["top3_share"] = weights[order[:3]].sum() / total
    else:
        out["lines80_share"] = out["files80"] = out["top_file_share"] = out["top3_share"] = 0.0
    out["gini"] = gini(weights)
    heart = ~bookkeeping
    heart_lines = max(lines[heart].sum(), 1.0)
    out["heart"] = lines[heart & byte_files].sum() / heart_lines
    out["core_density"] = np.log1p(1000.0 * weights[heart].sum() / heart_lines)
    out["in_file_density"] = np.log1p(1000.0 * weights[byte_files].sum() / max(lines[byte_files].sum(), 1.0))
    packages = collections.defaultdict(lambda: [0.0, 0.0])
    for f, weight in zip(files, weights):
        packages[f.package][0] += f.lines
        packages[f.package][1] += weight
    names = list(packages)
    package_lines = np.array([packages[p][0] for p in names])
    package_weights = np.array([packages[p][1] for p in names])
    out["packages_share"] = float(np.mean(package_weights >= threshold))
    if total > 0:
        top = int(np.argmax(package_weights))
        largest = int(np.argmax(package_lines))  # the module's main package
        out["top_package_hits"] = package_weights[top] / total
        out["top_package_lines"] = package_lines[top] / total_lines
        out["main_package_hits"] = package_weights[largest] / total
        out["corner"] = package_weights[top] / total * (1 - package_lines[top] / total_lines)
        depth = np.array([p.count(".") for p in names], dtype=float)
        corner = np.array([bool(CORNER_PACKAGE.match(p.split(".")[-1])) for p in names]) & (depth > depth.min())
        out["corner_named_hits"] = package_weights[corner].sum() / total
        out["depth_excess"] = depth.dot(package_weights) / total - depth.dot(package_lines) / total_lines
    else:
        for key in ("top_package_hits", "top_package_lines", "main_package_hits", "corner", "corner_named_hits",
                    "depth_excess"):
            out[key] = 0.0
    return collections.OrderedDict((prefix + key, value) for key, value in out.items())


def findings_per_file(module, files, counts):
    """Per SourceFile, the plugin's findings of the signals counts(signal) picks, each shown finding weighted up for
    the ones the result file omits; and how many such signals showed findings."""
    per_file = collections.Counter()
    kinds = 0
    for signal in module["evidence"].get("signals", []):
        shown = signal.get("evidence", [])
        if not counts(signal) or not shown:
            continue
        kinds += 1
        weight = (len(shown) + signal.get("evidenceOmitted", 0)) / len(shown)
        for finding in shown:
            per_file[os.path.normpath(finding["file"])] += weight
    return [per_file.get(f.key, 0.0) for f in files], kinds


def byte_work_layout(sources, roots, module):
    """Where a module's byte work sits, by name: spread of its BYTE_WORK hits (bw.), of the plugin's byte-level
    findings (pl.) and of its strong-fit findings (sf.), its bookkeeping share and file count (src.), and the result
    file's adoption hotspots and extraction cut (ad.); nothing for a module without sources."""
    files = byte_work_files(sources, roots, module)
    if not files:
        return {}
    out = collections.OrderedDict()
    out["src.bookkeeping_lines"] = sum(f.lines for f in files if f.bookkeeping) / max(sum(f.lines for f in files), 1)
    out["src.files"] = np.log1p(len(files))
    out.update(spread("bw.", files, [f.byte_work for f in files], 3))
    byte_level, kinds = findings_per_file(module, files, lambda s: s["id"].startswith(BYTE_LEVEL_SIGNALS))
    out.update(spread("pl.", files, byte_level, 2))
    out["pl.kinds"] = kinds
    strong_fit, _ = findings_per_file(module, files, lambda s: s["criterion"] in STRONG_FIT_CRITERIA
                                      and not s["id"].startswith(("role.", "legacy.", "prototype.")))
    out.update(spread("sf.", files, strong_fit, 2))
    adoption = module.get("adoption") or {}
    hotspots = adoption.get("hotspots") or []
    out["ad.hotspot_top"] = hotspots[0]["share"] if hotspots else 0.0
    out["ad.hotspots5"] = sum(h["share"] for h in hotspots[:5])
    cut = (adoption.get("extraction") or {}).get("cut") or {}
    out["ad.cut_lines_share"] = (cut.get("linesOfCode") or 0) / max(module["sources"]["files"]["linesOfCode"], 1)
    out["ad.cut_strong_share"] = cut.get("strongFitShare") or 0.0
    return out


# The module's own prose: what its pom, its types' Javadoc, its package-info and its README say it is for.
POM_OTHER_BLOCKS = re.compile(
    r"<(parent|licenses|developers|contributors|organization|scm|mailingLists|dependencies|dependencyManagement|build|"
    r"profiles|reporting|repositories|pluginRepositories|distributionManagement|properties|issueManagement|"
    r"ciManagement|modules)\b.*?</\1\s*>", re.S)
XML_COMMENT = re.compile(r"<!--.*?-->", re.S)
README_NAMES = ("README.md", "readme.md", "Readme.md", "README.MD", "ReadMe.md")
DOC_COMMENT = re.compile(r"/\*\*((?:(?!\*/).)*)\*/", re.S)
DOCUMENTED_TYPE = re.compile(r"/\*\*((?:(?!\*/).)*)\*/\s*(?:@\w+(?:\.\w+)*(?:\([^)]*\))?\s*)*"
                             r"(?:(?:public|protected|private|abstract|final|static|sealed|non-sealed|strictfp)\s+)*"
                             r"(?:class|interface|enum|record|@interface)\s+\w+", re.S)
INLINE_TAG = re.compile(r"\{@(?:link|linkplain|code|literal|value)\s+([^}]*)\}")
HTML_TAG = re.compile(r"<[^>]+>|&\w+;")
FIRST_SENTENCE = re.compile(r"^(.*?[.!?])(?:\s|$)", re.S)
PROSE_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Words by which a module's prose says what it is for: "fit" words name work a Rust core pays for (protocols,
# codecs, byte handling, servers, storage, speed), "keep" words name work that stays in Java (configuration, web
# and admin layers, frameworks, examples, tests, tools). A hand list, not fitted to the labels.
PURPOSE_LEXICON = {
    "fit": frozenset([
        "protocol", "codec", "decoder", "decode", "encoder", "encode", "parser", "parse", "parsing", "wire", "frame",
        "framing", "packet", "buffer", "buffers", "byte", "bytes", "binary", "compress", "compression", "server",
        "broker", "proxy", "storage", "engine", "index", "lock", "concurrent", "queue", "memory", "off", "heap",
        "native", "serialization", "serializer", "format", "stream", "streaming", "socket", "network", "transport",
        "tcp", "udp", "http", "netty", "message", "messaging", "performance", "fast", "high", "low", "latency", "zero",
        "copy", "cache", "database", "log"]),
    "keep": frozenset([
        "configuration", "config", "admin", "console", "dashboard", "controller", "repository", "entity", "dto",
        "spring", "boot", "starter", "plugin", "example", "examples", "demo", "sample", "samples", "test", "testing",
        "util", "utils", "utility", "utilities", "helper", "helpers", "service", "services", "web", "ui", "gui",
        "swing", "rest", "api", "annotation", "annotations", "integration", "adapter", "client", "maven", "gradle",
        "tool", "tools", "generator", "cli", "command", "documentation", "benchmark", "benchmarks", "jmh", "bom",
        "management", "manager", "business", "crud", "mybatis", "hibernate", "jpa"]),
}


def module_folder(checkouts, root):
    """The nearest folder at or above a source root, within its repository's checkout, that holds a pom.xml."""
    top = os.path.normpath(os.path.join(checkouts, root.split("/")[0]))
    folder = os.path.normpath(os.path.join(checkouts, root))
    while not os.path.isfile(os.path.join(folder, "pom.xml")):
        if len(folder) <= len(top):
            return None
        folder = os.path.dirname(folder)
    return folder


def pom_prose(pom_file):
    """A module's first artifactId (its - . _ read as spaces), name and description, from its own pom.xml with
    comments, ${...} and every block about other things (parent, dependencies, build ...) left out."""
    with open(pom_file, encoding="utf-8", errors="replace") as f:
        text = POM_OTHER_BLOCKS.sub(" ", XML_COMMENT.sub(" ", f.read()))
    words = []
    for tag in ("artifactId", "name", "description"):
        found = re.search(r"<%s>(.*?)</%s>" % (tag, tag), text, re.S)
        if found:
            value = re.sub(r"\$\{[^}]*\}", " ", found.group(1))
            words.append(re.sub(r"[-._]", " ", value) if tag == "artifactId" else value)
    return " ".join(words)


def doc_text(comment):
    """The description of a Javadoc comment: its leading stars, block tags (@param ...) and HTML left out, and each
    inline {@link|code ... X} read as the simple name of X."""
    description = []
    for line in comment.split("\n"):
        line = re.sub(r"^\s*\*?\s?", "", line)
        if line.lstrip().startswith("@"):
            break
        description.append(line)
    text = INLINE_TAG.sub(lambda tag: tag.group(1).split("#")[0].split("(")[0].split(".")[-1] + " ",
                          " ".join(description))
    return re.sub(r"\s+", " ", HTML_TAG.sub(" ", text)).strip()


def type_summaries(text):
    """The first sentence (at most 300 characters) of the Javadoc of each top-level type a Java file declares: a
    comment that starts its line, followed only by annotations and modifiers, then an unindented declaration."""
    for documented in DOCUMENTED_TYPE.finditer(text):
        if text[text.rfind("\n", 0, documented.start()) + 1:documented.start()].strip():
            continue
        declaration = documented.group(0)[documented.group(0).rfind("*/") + 2:].lstrip("\n\r")
        if declaration[:1] in (" ", "\t"):
            continue
        description = doc_text(documented.group(1))
        sentence = FIRST_SENTENCE.match(description)
        summary = (sentence.group(1) if sentence else description)[:300]
        if summary:
            yield summary


def prose_of(checkouts, roots, sources):
    """What a module says of itself, as one text: its pom_prose, the type_summaries and the package-info Javadoc of
    its java_sources, and the first 2000 characters of a README.md beside its pom.xml."""
    pom, readme, summaries, packages = "", "", [], []
    folders = sorted({module_folder(checkouts, root) for root in roots} - {None})
    if folders:
        pom = pom_prose(os.path.join(folders[0], "pom.xml"))
        for name in README_NAMES:
            if os.path.isfile(os.path.join(folders[0], name)):
                with open(os.path.join(folders[0], name), encoding="utf-8", errors="replace") as f:
                    readme = f.read(2000)
                break
    for _, _, file_name, text in sources:
        if file_name == "package-info.java":
            comments = DOC_COMMENT.findall(text)
            if comments:
                packages.append(doc_text(comments[-1]))
        else:
            summaries += type_summaries(text)
    return [pom, " ".join(summaries), " ".join(packages), readme]


def prose_words(text):
    """The lowercased words of prose, identifiers in camel case split into theirs (words in capitals kept whole)."""
    words = []
    for token in PROSE_TOKEN.findall(text):
        words += [token.lower()] if token.isupper() else [word.lower() for word in NAME_WORD.findall(token)]
    return words


def purpose_sums(words):
    """Four figures of a module's prose words: log(1 + PURPOSE_LEXICON fit words per 1000 words), the same for its
    keep words, the first minus the second, and log(1 + the number of words)."""
    counts = collections.Counter(words)
    per_1000 = 1000.0 / max(len(words), 1)
    fit = np.log1p(per_1000 * sum(counts[word] for word in PURPOSE_LEXICON["fit"]))
    keep = np.log1p(per_1000 * sum(counts[word] for word in PURPOSE_LEXICON["keep"]))
    return [fit, keep, fit - keep, np.log1p(len(words))]


def shared_vocabulary(documents, repositories, least=3):
    """The words and word pairs (English stop words left out) that occur in documents of at least `least`
    repositories, so that no project's own names enter the vocabulary."""
    counter = CountVectorizer(ngram_range=(1, 2), stop_words="english", token_pattern=r"\S+", binary=True,
                              lowercase=False)
    present = counter.fit_transform(documents)
    projects = sorted(set(repositories))
    index = {repository: i for i, repository in enumerate(projects)}
    of_project = csr_matrix((np.ones(len(documents)), ([index[r] for r in repositories], range(len(documents)))),
                            shape=(len(projects), len(documents)))
    in_projects = np.asarray(((of_project @ present) > 0).sum(axis=0)).ravel()
    return [term for term, n in zip(counter.get_feature_names_out(), in_projects) if n >= least]


def columns(rows, names):
    """The named figures of each row (a dict by name) as a matrix, 0 where a row lacks one."""
    return np.array([[float(row.get(name, 0.0)) for name in names] for row in rows])


def within_project(figures, repositories):
    """Each figure over the largest absolute value among the same project's labelled modules."""
    shares = np.zeros_like(figures)
    for repository in set(repositories):
        rows = repositories == repository
        largest = np.abs(figures[rows]).max(axis=0)
        largest[largest == 0] = 1
        shares[rows] = figures[rows] / largest
    return shares


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", required=True, help="the result files evaluate.py --output wrote")
    parser.add_argument("--labels", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.csv"))
    parser.add_argument("--round", type=int, default=len(rounds._ROUNDS) + 1)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--checkouts", help="also try evidence read from the sources checked out here")
    args = parser.parse_args()

    judged = judged_modules(args.output, evaluate.read_labels(args.labels), rounds.split_of_round(args.round))
    if len({row[0] for row in judged}) < args.folds:
        sys.exit("too few judged training projects under %s for %d folds" % (args.output, args.folds))
    names = sorted({name for row in judged for name in row[5]})
    grounds = sorted({row[3] for row in judged})
    traits = sorted({row[4] for row in judged})
    expected = np.array([evaluate.VERDICTS.index(row[1]) for row in judged])
    rules = np.array([evaluate.VERDICTS.index(row[2]) for row in judged])
    repositories = np.array([row[0] for row in judged])
    raw = np.array([[row[5].get(name, 0.0) for name in names] for row in judged], dtype=float)
    figures = np.sign(raw) * np.log1p(np.abs(raw))  # densities span four orders of magnitude
    kinds = np.array([[float(row[3] == g) for g in grounds] + [float(row[4] == t) for t in traits] for row in judged])

    print("training split of round %d: %d judged modules of %d projects, %d figures each" % (
        args.round, len(judged), len(set(repositories)), len(names)))
    print("labels: " + ", ".join("%s %d" % (v, n) for v, n in collections.Counter(row[1] for row in judged).most_common()))
    print("\nthe plugin's rules (tuned on these projects): balanced accuracy %.2f" % balanced_accuracy_score(expected, rules))
    print("  rows: label %s; columns: verdict, same order" % " / ".join(evaluate.VERDICTS))
    for line in confusion_matrix(expected, rules, labels=[0, 1, 2]):
        print("  " + " ".join("%5d" % n for n in line))

    def across_repositories(make, x):
        predicted = np.zeros_like(expected)
        for fitted, left_out in GroupKFold(n_splits=args.folds).split(x, expected, repositories):
            model = make()
            model.fit(x[fitted], expected[fitted])
            predicted[left_out] = model.predict(x[left_out])
        return balanced_accuracy_score(expected, predicted)

    print("\nmodels fitted to the same figures, each module predicted by a model that never saw its project")
    print("(%d folds by repository): balanced accuracy" % args.folds)
    with_kinds = np.hstack([figures, kinds])
    models = [("decision tree, depth %d" % d,
               lambda d=d: DecisionTreeClassifier(max_depth=d, min_samples_leaf=8, class_weight="balanced", random_state=0),
               figures) for d in (2, 3, 4, 5)]
    models += [("logistic regression, C=%g" % c,
                lambda c=c: LogisticRegression(C=c, class_weight="balanced", max_iter=5000), figures) for c in (0.03, 0.1, 1.0)]
    forest = lambda: RandomForestClassifier(n_estimators=300, min_samples_leaf=4, class_weight="balanced", random_state=0)
    models += [("random forest", forest, figures),
               ("logistic regression, C=0.1, with ground and trait",
                lambda: LogisticRegression(C=0.1, class_weight="balanced", max_iter=5000), with_kinds),
               ("random forest, with ground and trait", forest, with_kinds)]
    for name, make, x in models:
        print("  %-50s %.2f" % (name, across_repositories(make, x)))
    if args.checkouts:
        more_evidence(args, judged, expected, repositories, with_kinds)


def more_evidence(args, judged, expected, repositories, with_kinds):
    """Logistic regressions on the figures with one group of source evidence added at a time."""
    read, handling, placing, prose = [], [], [], []
    for row in judged:
        sources = list(java_sources(args.checkouts, row[6]))
        read.append(source_evidence(sources))
        handling.append(per_message_evidence(sources))
        placing.append(byte_work_layout(sources, row[6], row[7]))
        prose.append([word for part in prose_of(args.checkouts, row[6], sources) for word in prose_words(part)])
    unread = sum(1 for words, _ in read if not words)
    documents = [words for words, _ in read]
    shares = np.array([row for _, row in read])
    handling_names = list(handling[0])
    handling = np.log1p(columns(handling, handling_names))
    placing_names = sorted({name for layout in placing for name in layout})
    placing = columns(placing, placing_names)
    purpose = np.array([purpose_sums(words) for words in prose])
    prose = [" ".join(words) for words in prose]

    def across(make_features, c=0.03):
        predicted = np.zeros_like(expected)
        for fitted, left_out in GroupKFold(n_splits=args.folds).split(with_kinds, expected, repositories):
            train, test = make_features(fitted, left_out)
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(train, expected[fitted])
            predicted[left_out] = model.predict(test)
        return balanced_accuracy_score(expected, predicted)

    def scaled(x):
        def features(fitted, left_out):
            scaler = StandardScaler().fit(x[fitted])
            return scaler.transform(x[fitted]), scaler.transform(x[left_out])
        return features

    def name_words(fitted, left_out):
        vectorizer = TfidfVectorizer(min_df=3, sublinear_tf=True, token_pattern=r"\S+")
        return (vectorizer.fit_transform([documents[i] for i in fitted]),
                vectorizer.transform([documents[i] for i in left_out]))

    def prose_terms(fitted, left_out):
        vocabulary = shared_vocabulary([prose[i] for i in fitted], repositories[fitted])
        vectorizer = TfidfVectorizer(vocabulary=vocabulary, ngram_range=(1, 2), stop_words="english",
                                     sublinear_tf=True, token_pattern=r"\S+", lowercase=False)
        return (vectorizer.fit_transform([prose[i] for i in fitted]),
                vectorizer.transform([prose[i] for i in left_out]))

    def with_words(x, *word_groups):
        """x scaled, then each group of words (name_words, prose_terms) as TF-IDF weighted 3."""
        def features(fitted, left_out):
            train, test = scaled(x)(fitted, left_out)
            train, test = [csr_matrix(train)], [csr_matrix(test)]
            for words in word_groups:
                words_train, words_test = words(fitted, left_out)
                train.append(3 * words_train)
                test.append(3 * words_test)
            return hstack(train).tocsr(), hstack(test).tocsr()
        return features

    print("\nwith evidence read from the sources under %s (%d modules without sources found there)"
          % (args.checkouts, unread))
    print("(logistic regression, C=0.03, figures with ground and trait, scaled): balanced accuracy")
    relative = within_project(with_kinds, repositories)
    best_handling = handling[:, [handling_names.index("state_changes.per_kloc")]]
    best_placing = placing[:, [placing_names.index("pl.top_file_share")]]
    for name, features in [("the figures alone", scaled(with_kinds)),
                           ("+ words of class and package names", with_words(with_kinds, name_words)),
                           ("+ byte-work, framework and bookkeeping shares", scaled(np.hstack([with_kinds, shares]))),
                           ("+ each figure's share of its project's largest", scaled(np.hstack([with_kinds, relative]))),
                           ("+ per-message handlers and library framing", scaled(np.hstack([with_kinds, handling]))),
                           ("  + only its best: state changes per kloc",
                            scaled(np.hstack([with_kinds, best_handling]))),
                           ("+ where the byte work sits", scaled(np.hstack([with_kinds, placing]))),
                           ("  + only its best: top file's share of findings",
                            scaled(np.hstack([with_kinds, best_placing])))]:
        print("  %-50s %.2f" % (name, across(features)))
    print("  the module's own prose (pom, type Javadoc, package-info, README; %d modules with under 20 words of it):"
          % sum(1 for document in prose if len(document.split()) < 20))
    with_purpose = np.hstack([with_kinds, purpose])
    for name, features in [("+ prose words", with_words(with_kinds, prose_terms)),
                           ("+ prose words and class/package name words",
                            with_words(with_kinds, prose_terms, name_words)),
                           ("+ purpose lexicon, 4 sums", scaled(with_purpose)),
                           ("+ purpose lexicon 4 sums and name words", with_words(with_purpose, name_words)),
                           ("+ lexicon 4 sums, prose and name words",
                            with_words(with_purpose, prose_terms, name_words))]:
        print("  %-50s %.2f" % (name, across(features)))


if __name__ == "__main__":
    main()
