// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/window/windowstate.h"

#include "app/widgets/columnfitter.h"
#include "app/widgets/screenroom.h"
#include "app/window/firstwindowsize.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

#include <algorithm>

namespace TokenDesk {

namespace {
// Raise when the window's toolbars or docks change, so an old state is ignored.
constexpr int LayoutVersion = 1;

const QString GeometryKey = QStringLiteral("geometry");
const QString StateKey = QStringLiteral("state");

// The view a header belongs to names it; nameless ones (inside a combo box's
// popup, say) are not the user's layout.
QString headerName(const QHeaderView *header)
{
    if (header->orientation() != Qt::Horizontal)
        return {}; // rows come and go with the data
    const auto *view = qobject_cast<const QAbstractItemView *>(header->parent());
    return view ? view->objectName() : QString();
}

QString splitterKey(const QString &name)
{
    return QStringLiteral("splitters/") + name;
}

QString headerKey(const QString &name)
{
    return QStringLiteral("columns/") + name;
}

// The columns the user sized by hand, which a ColumnFitter leaves alone.
QString handSizedKey(const QString &name)
{
    return QStringLiteral("handSizedColumns/") + name;
}

ColumnFitter *fitterOf(const QHeaderView *header)
{
    const QObject *view = header->parent();
    return view ? view->findChild<ColumnFitter *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QVariantList handSizedValue(const ColumnFitter *fitter)
{
    QVariantList columns;
    const QList<int> handSized = fitter->handSizedColumns();
    for (int column : handSized)
        columns.append(column);
    return columns;
}

} // namespace

WindowState::WindowState(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
    // A session that ends logs out without closing the window.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &WindowState::save);
}

QString WindowState::key(const QString &part) const
{
    return QStringLiteral("layout/") + m_window->objectName() + QLatin1Char('/') + part;
}

void WindowState::restore()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(key(GeometryKey)).toByteArray();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry))
        sizeToScreen();
    keepOnScreen();
    m_window->restoreState(settings.value(key(StateKey)).toByteArray(), LayoutVersion);

    const auto splitters = m_window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(key(splitterKey(splitter->objectName()))).toByteArray());
    }
    restoreHeaders(settings, m_window->findChildren<QHeaderView *>());
    m_saved = layout();
}

void WindowState::restoreLate(QWidget *part)
{
    const QHash<QString, QVariant> values =
        restoreHeaders(QSettings(), part->findChildren<QHeaderView *>());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_saved.insert(it.key(), it.value());
}

QHash<QString, QVariant> WindowState::restoreHeaders(const QSettings &settings,
                                                     const QList<QHeaderView *> &headers) const
{
    QHash<QString, QVariant> values;
    for (QHeaderView *header : headers) {
        const QString name = headerName(header);
        if (name.isEmpty())
            continue;
        const QVariantList saved = settings.value(key(headerKey(name))).toList();
        // A state saved with other columns would put widths on the wrong ones.
        const bool sameColumns = saved.size() == 2 && saved.at(0).toInt() == header->count();
        if (sameColumns)
            header->restoreState(saved.at(1).toByteArray());
        values.insert(key(headerKey(name)), QVariantList{header->count(), header->saveState()});
        if (ColumnFitter *fitter = fitterOf(header)) {
            QList<int> handSized;
            if (sameColumns) {
                const QVariantList columns = settings.value(key(handSizedKey(name))).toList();
                for (const QVariant &column : columns)
                    handSized.append(column.toInt());
            }
            fitter->setHandSizedColumns(handSized);
            values.insert(key(handSizedKey(name)), handSizedValue(fitter));
        }
    }
    return values;
}

void WindowState::sizeToScreen()
{
    const QScreen *screen =
        m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect frame(QPoint(), firstWindowSize(available.size()));
    frame.moveCenter(available.center());
    m_window->setGeometry(frame);
}

void WindowState::keepOnScreen()
{
    // restoreGeometry() brings a window back from a screen that has gone, but
    // may leave it larger than the screen it lands on, or outside every screen
    // of a desktop with gaps; and the form's own size may not fit a small one.
    if (m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    const QRect frame = m_window->frameGeometry();
    const auto screens = QGuiApplication::screens();
    const auto on = std::find_if(screens.begin(), screens.end(), [&frame](const QScreen *screen) {
        return screen->availableGeometry().intersects(frame);
    });
    const QScreen *screen = on != screens.end() ? *on : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const bool fits = frame.width() <= available.width() && frame.height() <= available.height();
    if (on != screens.end() && fits)
        return;
    // Room for the frame that the window manager adds.
    QRect fallback(QPoint(), fits ? m_window->size() : m_window->size().boundedTo(roomOn(screen)));
    fallback.moveCenter(available.center());
    m_window->setGeometry(fallback);
}

QHash<QString, QVariant> WindowState::layout() const
{
    QHash<QString, QVariant> values;
    values.insert(key(GeometryKey), m_window->saveGeometry());
    values.insert(key(StateKey), m_window->saveState(LayoutVersion));
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            values.insert(key(splitterKey(splitter->objectName())), splitter->saveState());
    }
    const auto headers = m_window->findChildren<QHeaderView *>();
    for (const QHeaderView *header : headers) {
        const QString name = headerName(header);
        if (name.isEmpty())
            continue;
        // With the number of columns it was made for.
        values.insert(key(headerKey(name)), QVariantList{header->count(), header->saveState()});
        if (const ColumnFitter *fitter = fitterOf(header))
            values.insert(key(handSizedKey(name)), handSizedValue(fitter));
    }
    return values;
}

void WindowState::save()
{
    // Only what changed since the start or the last save: a layout left as it
    // was costs no write (QSettings syncs a lock file to disk for each write).
    QSettings settings;
    const QHash<QString, QVariant> values = layout();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m_saved.value(it.key()) != it.value())
            settings.setValue(it.key(), it.value());
    }
    m_saved = values;
}

bool WindowState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        save();
    } else if (watched == m_window && event->type() == QEvent::Paint && !m_shown) {
        // Showing lays the window out: what it looks like then is the
        // baseline, taken once the first paint is on screen.
        m_shown = true;
        QTimer::singleShot(0, this, [this] { m_saved = layout(); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace TokenDesk
