#pragma once

class QApplication;

namespace madoguchi {

// The kiosk's look: Fusion with a high-contrast palette, IPAex/Noto CJK at a size readable from a
// step back, and controls at least 48 px high for touch.
class Theme
{
public:
    static constexpr int kTouchTarget = 56;
    static void apply(QApplication& app);
};

} // namespace madoguchi
