// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Registers the icons and the user guide compiled into the static QmpGui library. Call once
// before the first widget is made (main() and the GUI tests do).
void initGuiResources();
