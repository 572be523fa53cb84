#!/usr/bin/env python3
"""Writes src/EventSchema.Language/Patterns/UnicodeTables.Data.cs from the Unicode Character Database.

Usage: generate-tables.py [UCD folder, default /usr/share/unicode (Debian package unicode-data)]
The tables hold what ECMA-262 property escapes (\\p{...}) can name: General_Category values, Script and
Script_Extensions values, and the binary properties whose data the UCD text files carry.
"""
import os
import re
import sys

ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "EventSchema.Language", "Patterns", "UnicodeTables.Data.cs")
MAX = 0x10FFFF


def read(name):
    with open(os.path.join(ucd, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def code_range(text):
    if ".." in text:
        low, high = text.split("..")
        return int(low, 16), int(high, 16)
    return int(text, 16), int(text, 16)


def normalize(ranges):
    ranges = sorted(ranges)
    merged = []
    for low, high in ranges:
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def complement(ranges):
    result, next_low = [], 0
    for low, high in normalize(ranges):
        if low > next_low:
            result.append((next_low, low - 1))
        next_low = high + 1
    if next_low <= MAX:
        result.append((next_low, MAX))
    return result


version = open(os.path.join(ucd, "ReadMe.txt"), encoding="utf-8").read()
version = re.search(r"Version (\d+\.\d+\.\d+)", version)
version = version.group(1) if version else "unknown"

# General_Category, from UnicodeData.txt (First/Last pairs are ranges); unlisted code points are Cn.
categories, mirrored = {}, []
pending = None
for fields in read("UnicodeData.txt"):
    cp, name, gc = int(fields[0], 16), fields[1], fields[2]
    if name.endswith(", First>"):
        pending = cp
        continue
    low = pending if name.endswith(", Last>") else cp
    pending = None
    categories.setdefault(gc, []).append((low, cp))
    if fields[9] == "Y":
        mirrored.append((low, cp))
assigned = [r for ranges in categories.values() for r in ranges]
categories["Cn"] = complement(assigned)
groups = {"L": ["Lu", "Ll", "Lt", "Lm", "Lo"], "LC": ["Lu", "Ll", "Lt"], "M": ["Mn", "Mc", "Me"],
          "N": ["Nd", "Nl", "No"], "P": ["Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"], "S": ["Sm", "Sc", "Sk", "So"],
          "Z": ["Zs", "Zl", "Zp"], "C": ["Cc", "Cf", "Cs", "Co", "Cn"]}
for group, members in groups.items():
    categories[group] = [r for m in members for r in categories[m]]

sets = {}      # key -> normalized ranges
names = {}     # (kind, name) -> key; kind is gc, sc, scx or binary
for fields in read("PropertyValueAliases.txt"):
    if fields[0] == "gc":
        key = "gc:" + fields[1]
        sets[key] = normalize(categories[fields[1]])
        for alias in fields[1:]:
            names[("gc", alias)] = key

scripts = {}
for fields in read("Scripts.txt"):
    scripts.setdefault(fields[1], []).append(code_range(fields[0]))
script_aliases = {}
for fields in read("PropertyValueAliases.txt"):
    if fields[0] == "sc":
        script_aliases[fields[2]] = fields[1:]
short_to_long = {aliases[0]: long for long, aliases in script_aliases.items()}
extensions = {long: list(ranges) for long, ranges in scripts.items()}
explicit = []
for fields in read("ScriptExtensions.txt"):
    r = code_range(fields[0])
    explicit.append(r)
    for short in fields[1].split():
        extensions.setdefault(short_to_long[short], []).append(r)
# Script_Extensions of a code point with an explicit list is that list only, not also its Script.
for long in extensions:
    base = [r for r in scripts.get(long, [])]
    explicit_set = normalize(explicit)
    kept = []
    for low, high in base:
        pieces = [(low, high)]
        for el, eh in explicit_set:
            next_pieces = []
            for pl, ph in pieces:
                if eh < pl or el > ph:
                    next_pieces.append((pl, ph))
                    continue
                if pl < el:
                    next_pieces.append((pl, el - 1))
                if ph > eh:
                    next_pieces.append((eh + 1, ph))
            pieces = next_pieces
        kept.extend(pieces)
    extra = [r for r in extensions[long] if r not in scripts.get(long, [])]
    extensions[long] = kept + extra
for long, aliases in script_aliases.items():
    if long == "Unknown":
        known = [r for ranges in scripts.values() for r in ranges]
        scripts[long] = complement(known)
        extensions[long] = complement([r for n, ranges in extensions.items() if n != "Unknown" for r in ranges])
    sets["sc:" + long] = normalize(scripts.get(long, []))
    sets["scx:" + long] = normalize(extensions.get(long, []))
    for alias in aliases:
        names[("sc", alias)] = "sc:" + long
        names[("scx", alias)] = "scx:" + long

ecma_binary = ["ASCII", "ASCII_Hex_Digit", "Alphabetic", "Any", "Assigned", "Bidi_Control", "Bidi_Mirrored",
               "Case_Ignorable", "Cased", "Changes_When_Casefolded", "Changes_When_Casemapped", "Changes_When_Lowercased",
               "Changes_When_NFKC_Casefolded", "Changes_When_Titlecased", "Changes_When_Uppercased", "Dash",
               "Default_Ignorable_Code_Point", "Deprecated", "Diacritic", "Emoji", "Emoji_Component", "Emoji_Modifier",
               "Emoji_Modifier_Base", "Emoji_Presentation", "Extended_Pictographic", "Extender", "Grapheme_Base",
               "Grapheme_Extend", "Hex_Digit", "IDS_Binary_Operator", "IDS_Trinary_Operator", "ID_Continue", "ID_Start",
               "Ideographic", "Join_Control", "Logical_Order_Exception", "Lowercase", "Math", "Noncharacter_Code_Point",
               "Pattern_Syntax", "Pattern_White_Space", "Quotation_Mark", "Radical", "Regional_Indicator",
               "Sentence_Terminal", "Soft_Dotted", "Terminal_Punctuation", "Unified_Ideograph", "Uppercase",
               "Variation_Selector", "White_Space", "XID_Continue", "XID_Start"]
binary = {"Any": [(0, MAX)], "ASCII": [(0, 0x7F)], "Assigned": complement(categories["Cn"]), "Bidi_Mirrored": mirrored}
for source in ["PropList.txt", "DerivedCoreProperties.txt", "DerivedNormalizationProps.txt"]:
    for fields in read(source):
        if len(fields) == 2 and fields[1] in ecma_binary:
            binary.setdefault(fields[1], []).append(code_range(fields[0]))
property_aliases = {}
for fields in read("PropertyAliases.txt"):
    property_aliases[fields[1]] = fields
missing = []
for prop in ecma_binary:
    aliases = property_aliases.get(prop, [prop])
    if prop not in binary:
        missing.append(prop)
        for alias in aliases:
            names[("binary", alias)] = None
        continue
    sets["bin:" + prop] = normalize(binary[prop])
    for alias in aliases:
        names[("binary", alias)] = "bin:" + prop


def encode(ranges):
    return ",".join(format(low, "x") if low == high else format(low, "x") + "-" + format(high, "x") for low, high in ranges)


lines = [
    "// <auto-generated>",
    "// Written by tools/unicode/generate-tables.py from the Unicode Character Database " + version + ". Do not edit.",
    "// </auto-generated>",
    "namespace EventSchema.Language.Patterns;",
    "",
    "internal static partial class UnicodeTables",
    "{",
    "    /// <summary>The Unicode version these tables were written from.</summary>",
    "    public const string UnicodeVersion = \"" + version + "\";",
    "",
    "    // Each set: its key, then its code point ranges in hexadecimal (low-high, or one code point), comma separated.",
    "    private static readonly string[] SetData =",
    "    [",
]
for key in sorted(sets):
    lines.append("        \"" + key + "\", \"" + encode(sets[key]) + "\",")
lines += ["    ];", "",
          "    // Each name ECMA-262 accepts: its kind (gc, sc, scx, binary), the name, then its set's key (empty: no data here).",
          "    private static readonly string[] NameData =", "    ["]
for (kind, name), key in sorted(names.items()):
    lines.append("        \"" + kind + "\", \"" + name + "\", \"" + (key or "") + "\",")
lines += ["    ];", "}", ""]
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines))
print("wrote", out, "unicode", version, "sets", len(sets), "names", len(names), "without data:", ", ".join(missing))
