#pragma once

#include <QImage>
#include <QList>

#include <opencv2/core.hpp>

#include <optional>

namespace madoguchi {

// A straightened MRZ band (MrzLocator) cut into its characters: ink made white on black by a local
// threshold (glare and shade vary across a photo), the lines found by the rows that carry ink, each
// line's characters by the columns — runs of ink one pitch apart; a run several pitches wide (fillers
// '<<<' run together by blur) is cut into as many cells. Each cell is centred on its character,
// kCellPitches wide (the character's neighbours may show at its edges), from the line's top to its
// bottom.
class MrzCells
{
public:
    struct Cell
    {
        cv::Mat ink;    // thresholded: ink 255, paper 0
        cv::Mat shade;  // the photo's grey, inverted: ink bright
    };
    using Lines = QList<QList<Cell>>;
    // A cell's width in pitches: wider than one, so that a character a little off its expected
    // place is whole in it; OcrBGlyphs centres it again on its ink.
    static constexpr double kCellPitches = 1.4;
    // `lines` lines (the lowest ones: the zone is the page's last text) of `perLine` cells each;
    // nothing when the band does not cut so.
    static std::optional<Lines> split(const QImage& band, int lines, int perLine);
};

} // namespace madoguchi
