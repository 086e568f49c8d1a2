#pragma once

class QApplication;
class QIcon;
class QAbstractButton;
class QString;

namespace madoguchi {

// The kiosk's look: Fusion with a high-contrast palette, IPAex/Noto CJK at a size readable from a
// step back, and controls at least 48 px high for touch.
class Theme
{
public:
    static constexpr int kTouchTarget = 56;
    static void apply(QApplication& app);
    // One of the SVG icons compiled into the kiosk (ui/icons), set on `button` at a touch-friendly size.
    static void setIcon(QAbstractButton* button, const QString& name);
};

} // namespace madoguchi
