// SPDX-License-Identifier: GPL-2.0-or-later
#include "guiresources.h"

#include <QtCore/QtGlobal>

static void initResourcesOutsideNamespace()
{
    Q_INIT_RESOURCE(qmp_console);
}

void initGuiResources()
{
    initResourcesOutsideNamespace();
}
