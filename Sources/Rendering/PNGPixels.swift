import CPangoCairo

/// A decoded PNG: width, height and 8-bit RGB pixels, row by row.
public struct Pixels: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// `width * height * 3` bytes.
    public var rgb: [UInt8]

    public init(width: Int, height: Int, rgb: [UInt8]) {
        self.width = width
        self.height = height
        self.rgb = rgb
    }
}

private final class ByteSource {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
}

private let readFromSource: cairo_read_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
    let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
    source.bytes.withUnsafeBufferPointer { buffer in
        data.update(from: buffer.baseAddress! + source.offset, count: count)
    }
    source.offset += count
    return CAIRO_STATUS_SUCCESS
}

/// Decodes PNG bytes with Cairo (for image comparisons in tests); nil if they are no PNG.
public func decodePNG(_ bytes: [UInt8]) -> Pixels? {
    let source = ByteSource(bytes)
    let surface = cairo_image_surface_create_from_png_stream(readFromSource, Unmanaged.passUnretained(source).toOpaque())!
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
    cairo_surface_flush(surface)
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface) else { return nil }
    var rgb = [UInt8](repeating: 0, count: width * height * 3)
    for y in 0..<height {
        for x in 0..<width {
            // Cairo stores native-endian 0xAARRGGBB words.
            let word = UnsafeRawPointer(data + y * stride + x * 4).loadUnaligned(as: UInt32.self)
            let index = (y * width + x) * 3
            rgb[index] = UInt8((word >> 16) & 0xFF)
            rgb[index + 1] = UInt8((word >> 8) & 0xFF)
            rgb[index + 2] = UInt8(word & 0xFF)
        }
    }
    return Pixels(width: width, height: height, rgb: rgb)
}
