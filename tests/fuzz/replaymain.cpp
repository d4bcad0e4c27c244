// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays a fuzz corpus without libFuzzer: every file in the directories (or
// the files) named on the command line, or in TOKENDESK_FUZZ_CORPUS when none
// is, goes once through LLVMFuzzerTestOneInput. A crash or sanitizer report
// fails the test; an empty corpus fails it too, so a wrong path is noticed.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replayFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // A copy the exact size of the input, so ASan sees reads past its end.
    auto *copy = new uint8_t[static_cast<size_t>(bytes.size()) + (bytes.isEmpty() ? 1 : 0)];
    std::copy(bytes.cbegin(), bytes.cend(), copy);
    LLVMFuzzerTestOneInput(copy, static_cast<size_t>(bytes.size()));
    delete[] copy;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
#ifdef TOKENDESK_FUZZ_CORPUS
    if (args.isEmpty())
        args << QStringLiteral(TOKENDESK_FUZZ_CORPUS);
#endif
    int replayed = 0;
    bool ok = true;
    for (const QString &arg : std::as_const(args)) {
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                ok = replayFile(it.next()) && ok;
                ++replayed;
            }
        } else {
            ok = replayFile(arg) && ok;
            ++replayed;
        }
    }
    std::printf("replay: %d input(s) from %s\n", replayed,
                qPrintable(args.join(QStringLiteral(", "))));
    if (replayed == 0) {
        std::fprintf(stderr, "replay: no inputs found\n");
        return 1;
    }
    return ok ? 0 : 1;
}
