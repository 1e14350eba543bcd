#pragma once

// Shared helpers for the libFuzzer targets. A broken invariant prints what
// broke and aborts, which libFuzzer reports as a crash and saves the input.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace qashfuzz {

[[noreturn]] inline void fail(const char *file, int line, const char *what, const QString &detail)
{
    std::fprintf(stderr, "\n*** invariant broken at %s:%d: %s\n*** %s\n", file, line, what,
                 detail.toUtf8().constData());
    std::abort();
}

// Lone surrogates replaced by U+FFFD, one code unit for one, so offsets keep
// their meaning. The checks run their own regular expressions on this copy:
// PCRE2 refuses to match anything in a string that is not valid UTF-16.
inline QString withValidUtf16(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

inline bool hasLineBreakOrControlSpace(const QString &text)
{
    // Text that went through QString::simplified() holds no whitespace but U+0020.
    for (const QChar c : text) {
        if (c.isSpace() && c != QLatin1Char(' '))
            return true;
    }
    return false;
}

} // namespace qashfuzz

#define FUZZ_CHECK(cond, detail)                                                                   \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::qashfuzz::fail(__FILE__, __LINE__, #cond, (detail));                                 \
    } while (false)
