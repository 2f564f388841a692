// SPDX-License-Identifier: GPL-2.0-or-later
// Runs a fuzz target over files and folders given on the command line, so that the corpus and every
// crash ever found stay regression tests in the normal build (no clang or libFuzzer needed).
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void runFile(const QString &path, int *count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = f.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    ++*count;
}

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                runFile(it.next(), &count);
        } else {
            runFile(arg, &count);
        }
    }
    QTextStream(stdout) << count << " inputs replayed\n";
    // The plain closing line CI reads: one check per input, all passed if we got here.
    QTextStream(stdout) << count << " passed, 0 failed\n";
    return count > 0 ? 0 : 1;
}
