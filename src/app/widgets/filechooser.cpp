// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/filechooser.h"

#include "app/widgets/owndirectiondelegate.h"
#include "app/widgets/screenroom.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>

namespace TokenDesk {
namespace {

QString folderKey(const QString &purpose)
{
    return QStringLiteral("folders/") + purpose;
}

// "CSV files (*.csv)" -> "csv"; empty for "All files (*)".
QString suffixOf(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    return pattern.match(filter).captured(1);
}

QString startFolder(const QString &purpose)
{
    const QString remembered = QSettings().value(folderKey(purpose)).toString();
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

// A path reads left to right in every language: in a right-to-left window
// Qt's own file dialog would show "/tmp/x" as "tmp/x/". (A native dialog has
// no such fields here, and looks after itself.)
void keepPathsLeftToRight(QFileDialog &dialog)
{
    for (const char *name : {"lookInCombo", "fileNameEdit"}) {
        if (auto *field = dialog.findChild<QWidget *>(QLatin1String(name)))
            field->setLayoutDirection(Qt::LeftToRight);
    }
}

// Qt sizes the file list's Date Modified column for US English ("10/29/81
// 02:02PM"), and this system's dates can be longer: they were cut ("7 Dec
// …:47:52"). Widened to a whole date, and the dialog with it; in a
// right-to-left window a date keeps its own direction (its day was read at
// the wrong end), as the token table's names do.
void fitFileListDates(QFileDialog &dialog)
{
    auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    if (!view || view->header()->count() < 1)
        return;
    const int dates = view->header()->count() - 1;
    view->setItemDelegateForColumn(dates, new OwnDirectionDelegate(view));
    const QFontMetrics metrics = view->fontMetrics();
    // Two-digit day, month and hour: as wide as this system's dates get.
    const QString widestDate = QLocale::system().toString(
        QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    // The cell's margins and the sort arrow.
    const int needed = metrics.horizontalAdvance(widestDate) + metrics.averageCharWidth() * 3;
    const int shortOf = needed - view->header()->sectionSize(dates);
    if (shortOf <= 0)
        return;
    view->header()->resizeSection(dates, needed);
    dialog.ensurePolished();
    fitToScreen(&dialog, dialog.sizeHint().expandedTo(dialog.size()) + QSize(shortOf, 0));
}

QString chosen(QFileDialog &dialog, const QString &purpose)
{
    keepPathsLeftToRight(dialog);
    fitFileListDates(dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(folderKey(purpose), QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString chooseFileToOpen(QWidget *parent, const QString &purpose, const QString &title,
                         const QString &filters)
{
    QFileDialog dialog(parent, title, startFolder(purpose), filters);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosen(dialog, purpose);
}

QString chooseFileToSave(QWidget *parent, const QString &purpose, const QString &title,
                         const QString &filters, const QString &suggestedName)
{
    QFileDialog dialog(parent, title, startFolder(purpose), filters);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffixOf(dialog.selectedNameFilter()));
    QObject::connect(
        &dialog, &QFileDialog::filterSelected, &dialog,
        [&dialog](const QString &filter) { dialog.setDefaultSuffix(suffixOf(filter)); });
    dialog.selectFile(suggestedName);
    return chosen(dialog, purpose);
}

} // namespace TokenDesk
