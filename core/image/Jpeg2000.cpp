#include "core/image/Jpeg2000.h"

#include "core/image/Jpeg2000Siz.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace madoguchi {
namespace {

struct Buffer
{
    const char* data;
    qsizetype size;
    qsizetype pos = 0;
};

struct OutBuffer
{
    QByteArray bytes;
    qsizetype pos = 0;
};

struct CodecDeleter
{
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter
{
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter
{
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};
using CodecPtr = std::unique_ptr<opj_codec_t, CodecDeleter>;
using StreamPtr = std::unique_ptr<opj_stream_t, StreamDeleter>;
using ImagePtr = std::unique_ptr<opj_image_t, ImageDeleter>;

void quiet(const char*, void*) {}

StreamPtr inputStream(Buffer& buffer)
{
    // The data is in memory already: a stream buffer the size of the data (at least a page) instead
    // of OpenJPEG's 1 MiB default, which would be allocated and cleared for a 20 KB photo.
    const OPJ_SIZE_T chunk = std::clamp<OPJ_SIZE_T>(OPJ_SIZE_T(buffer.size), 4096, OPJ_J2K_STREAM_CHUNK_SIZE);
    StreamPtr stream(opj_stream_create(chunk, OPJ_TRUE));
    opj_stream_set_user_data(stream.get(), &buffer, nullptr);
    opj_stream_set_user_data_length(stream.get(), OPJ_UINT64(buffer.size));
    opj_stream_set_read_function(stream.get(), [](void* out, OPJ_SIZE_T n, void* user) -> OPJ_SIZE_T {
        auto* b = static_cast<Buffer*>(user);
        const qsizetype left = b->size - b->pos;
        if (left <= 0)
            return OPJ_SIZE_T(-1);
        const qsizetype take = std::min<qsizetype>(left, qsizetype(n));
        std::memcpy(out, b->data + b->pos, size_t(take));
        b->pos += take;
        return OPJ_SIZE_T(take);
    });
    opj_stream_set_skip_function(stream.get(), [](OPJ_OFF_T n, void* user) -> OPJ_OFF_T {
        auto* b = static_cast<Buffer*>(user);
        const qsizetype target = std::clamp<qsizetype>(b->pos + qsizetype(n), 0, b->size);
        const OPJ_OFF_T moved = OPJ_OFF_T(target - b->pos);
        b->pos = target;
        return moved;
    });
    opj_stream_set_seek_function(stream.get(), [](OPJ_OFF_T n, void* user) -> OPJ_BOOL {
        auto* b = static_cast<Buffer*>(user);
        if (n < 0 || n > b->size)
            return OPJ_FALSE;
        b->pos = qsizetype(n);
        return OPJ_TRUE;
    });
    return stream;
}

struct Decoder
{
    Buffer buffer;
    StreamPtr stream;
    CodecPtr codec;
    ImagePtr image;
};

Result<std::unique_ptr<Decoder>, QString> openDecoder(QByteArrayView data)
{
    const auto container = Jpeg2000::sniff(data);
    if (container == Jpeg2000::Container::Unknown)
        return QStringLiteral("not a JPEG 2000 image");
    // Bounded before OpenJPEG allocates anything for the declared grid.
    const auto grid = Jpeg2000Siz::read(data);
    if (!grid)
        return grid.error();
    if (grid->width > Jpeg2000::kMaxPixels || grid->height > Jpeg2000::kMaxPixels || grid->width * grid->height > Jpeg2000::kMaxPixels)
        return QStringLiteral("JPEG 2000 image of %1×%2 is larger than allowed").arg(grid->width).arg(grid->height);
    if (grid->tiles > Jpeg2000::kMaxTiles || grid->components > Jpeg2000::kMaxComponents || grid->layers > Jpeg2000::kMaxLayers)
        return QStringLiteral("JPEG 2000 image of %1 tiles, %2 components and %3 quality layers is not a photo")
            .arg(grid->tiles)
            .arg(grid->components)
            .arg(grid->layers);
    auto d = std::make_unique<Decoder>();
    d->buffer = Buffer{data.data(), data.size()};
    d->stream = inputStream(d->buffer);
    d->codec.reset(opj_create_decompress(container == Jpeg2000::Container::Jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    opj_set_info_handler(d->codec.get(), quiet, nullptr);
    opj_set_warning_handler(d->codec.get(), quiet, nullptr);
    opj_set_error_handler(d->codec.get(), quiet, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    opj_image_t* image = nullptr;
    if (!opj_setup_decoder(d->codec.get(), &parameters) || !opj_read_header(d->stream.get(), d->codec.get(), &image))
        return QStringLiteral("JPEG 2000 header is damaged");
    d->image.reset(image);
    if (image->numcomps == 0 || image->x1 <= image->x0 || image->y1 <= image->y0)
        return QStringLiteral("JPEG 2000 image has no pixels");
    return d;
}

} // namespace

Jpeg2000::Container Jpeg2000::sniff(QByteArrayView data)
{
    static const QByteArray jp2 = QByteArray::fromHex("0000000C6A5020200D0A870A");
    static const QByteArray j2k = QByteArray::fromHex("FF4FFF51");
    if (data.startsWith(jp2))
        return Container::Jp2;
    if (data.startsWith(j2k))
        return Container::Codestream;
    return Container::Unknown;
}

Result<Jpeg2000::Info, QString> Jpeg2000::info(QByteArrayView data)
{
    auto decoder = openDecoder(data);
    if (!decoder)
        return decoder.error();
    const opj_image_t* image = (*decoder)->image.get();
    return Info{int(image->x1 - image->x0), int(image->y1 - image->y0), int(image->numcomps)};
}

Result<QImage, QString> Jpeg2000::decode(QByteArrayView data)
{
    auto opened = openDecoder(data);
    if (!opened)
        return opened.error();
    Decoder& d = **opened;
    if (!opj_decode(d.codec.get(), d.stream.get(), d.image.get()) || !opj_end_decompress(d.codec.get(), d.stream.get()))
        return QStringLiteral("JPEG 2000 data is damaged");
    const opj_image_t* img = d.image.get();
    for (OPJ_UINT32 c = 0; c < img->numcomps; ++c)
        if (!img->comps[c].data || img->comps[c].w != img->comps[0].w || img->comps[c].h != img->comps[0].h)
            return QStringLiteral("JPEG 2000 components of unequal size are not supported");
    const int w = int(img->comps[0].w);
    const int h = int(img->comps[0].h);
    const auto sample = [img](OPJ_UINT32 c, qsizetype i) {
        const int precision = int(img->comps[c].prec);
        int v = img->comps[c].data[i] + (img->comps[c].sgnd ? 1 << (precision - 1) : 0);
        if (precision > 8)
            v >>= precision - 8;
        else if (precision < 8)
            v <<= 8 - precision;
        return std::clamp(v, 0, 255);
    };
    const bool colour = img->numcomps >= 3;
    QImage out(w, h, colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const qsizetype i = qsizetype(y) * w + x;
            if (colour)
                reinterpret_cast<QRgb*>(line)[x] = qRgb(sample(0, i), sample(1, i), sample(2, i));
            else
                line[x] = uchar(sample(0, i));
        }
    }
    return out;
}

QByteArray Jpeg2000::encode(const QImage& source, double bitsPerPixel, Container container)
{
    const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
    opj_image_cmptparm_t component{};
    component.dx = component.dy = 1;
    component.w = OPJ_UINT32(grey.width());
    component.h = OPJ_UINT32(grey.height());
    component.prec = 8;
    component.sgnd = 0;
    ImagePtr image(opj_image_create(1, &component, OPJ_CLRSPC_GRAY));
    image->x1 = component.w;
    image->y1 = component.h;
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            image->comps[0].data[y * grey.width() + x] = grey.constScanLine(y)[x];

    opj_cparameters_t parameters;
    opj_set_default_encoder_parameters(&parameters);
    parameters.tcp_numlayers = 1;
    parameters.cp_disto_alloc = 1;
    parameters.tcp_rates[0] = float(8.0 / bitsPerPixel);  // compression ratio against 8-bit samples
    parameters.irreversible = 1;
    parameters.numresolution = 4;
    CodecPtr codec(opj_create_compress(container == Container::Codestream ? OPJ_CODEC_J2K : OPJ_CODEC_JP2));
    opj_set_info_handler(codec.get(), quiet, nullptr);
    opj_set_warning_handler(codec.get(), quiet, nullptr);
    opj_set_error_handler(codec.get(), quiet, nullptr);
    if (!opj_setup_encoder(codec.get(), &parameters, image.get()))
        return {};
    OutBuffer out;
    StreamPtr stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE));
    opj_stream_set_user_data(stream.get(), &out, nullptr);
    opj_stream_set_write_function(stream.get(), [](void* in, OPJ_SIZE_T n, void* user) -> OPJ_SIZE_T {
        auto* b = static_cast<OutBuffer*>(user);
        if (b->pos + qsizetype(n) > b->bytes.size())
            b->bytes.resize(b->pos + qsizetype(n));
        std::memcpy(b->bytes.data() + b->pos, in, n);
        b->pos += qsizetype(n);
        return n;
    });
    opj_stream_set_skip_function(stream.get(), [](OPJ_OFF_T n, void* user) -> OPJ_OFF_T {
        auto* b = static_cast<OutBuffer*>(user);
        b->pos += qsizetype(n);
        if (b->pos > b->bytes.size())
            b->bytes.resize(b->pos);
        return n;
    });
    opj_stream_set_seek_function(stream.get(), [](OPJ_OFF_T n, void* user) -> OPJ_BOOL {
        auto* b = static_cast<OutBuffer*>(user);
        b->pos = qsizetype(n);
        if (b->pos > b->bytes.size())
            b->bytes.resize(b->pos);
        return OPJ_TRUE;
    });
    if (!opj_start_compress(codec.get(), image.get(), stream.get()) || !opj_encode(codec.get(), stream.get())
        || !opj_end_compress(codec.get(), stream.get()))
        return {};
    return out.bytes;
}

} // namespace madoguchi
