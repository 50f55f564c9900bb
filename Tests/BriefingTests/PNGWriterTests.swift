import Foundation
import Graphics
import Rendering
import Testing

@Suite("PNGs through our writer (zlib or ISA-L)")
struct PNGWriterTests {
    /// A chart-like drawing: flat colours, a gradient of greys and text.
    func draw(_ canvas: Canvas) {
        canvas.fill(.rect(Rect(10, 10, 120, 60)), Color(red: 0.1, green: 0.45, blue: 0.7))
        for step in 0..<20 {
            let grey = Double(step) / 20
            canvas.fill(.rect(Rect(10 + Double(step) * 6, 80, 6, 20)), Color(red: grey, green: grey, blue: grey))
        }
        canvas.text("Cove Kaz Capital 70%", at: Point(10, 110), style: TextStyle(font: Font(family: "DejaVu Sans", size: 11), color: Color(red: 0, green: 0, blue: 0)), width: 180, markup: false)
    }

    @Test("opaque RGB, 8 bits, no alpha; the same pixels as Cairo's own writer at every setting")
    func samePixelsAsCairo() throws {
        let size = Size(200, 140)
        let reference = try #require(decodePNG(Surfaces.png(size: size, scale: 2, settings: nil, draw: draw)))
        var sizes: [String: Int] = [:]
        for compression in PNGCompression.allCases {
            let bytes = Surfaces.png(size: size, scale: 2, settings: compression.settings, draw: draw)
            #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(bytes[24] == 8 && bytes[25] == 2, "bit depth 8, colour type 2 (RGB, no alpha)")
            let decoded = try #require(decodePNG(bytes), "\(compression) wrote a PNG Cairo cannot read")
            #expect(decoded == reference, "\(compression) changed the pixels")
            sizes[compression.rawValue] = bytes.count
        }
        for filter in PNGSettings.Filter.allCases {
            let settings = [PNGSettings(encoder: .zlib, level: 6, filter: filter, strategy: .filtered),
                            PNGSettings(encoder: .zlib, level: 1, filter: filter, strategy: .rle)]
                + (0...3).map { PNGSettings(encoder: .isal, level: $0, filter: filter) }
            for setting in settings {
                let bytes = Surfaces.png(size: size, scale: 2, settings: setting, draw: draw)
                #expect(decodePNG(bytes) == reference, "\(setting) changed the pixels")
            }
        }
        #expect(sizes["small"]! < sizes["fast"]!)
        #expect(Surfaces.png(size: size, scale: 2, draw: draw) == Surfaces.png(size: size, scale: 2, draw: draw), "same drawing, same bytes")
    }

    @Test("odd sizes: one pixel, one column, a row wider than a chunk; levels out of range fall back to Cairo's writer")
    func oddSizes() throws {
        for (width, height) in [(0.5, 0.5), (0.5, 300.0), (9000.0, 3.0)] {
            let size = Size(width, height)
            let reference = try #require(decodePNG(Surfaces.png(size: size, scale: 2, settings: nil, draw: draw)))
            for compression in PNGCompression.allCases {
                let bytes = Surfaces.png(size: size, scale: 2, settings: compression.settings, draw: draw)
                #expect(bytes[24] == 8 && bytes[25] == 2, "\(compression) at \(width)×\(height) pt is RGB")
                #expect(decodePNG(bytes) == reference, "\(compression) at \(width)×\(height) pt changed the pixels")
            }
        }
        let size = Size(40, 30)
        let fallback = Surfaces.png(size: size, scale: 1, settings: PNGSettings(encoder: .isal, level: 7, filter: .up), draw: draw)
        #expect(fallback == Surfaces.png(size: size, scale: 1, settings: nil, draw: draw),
                "an ISA-L level it lacks is written whole by Cairo's writer, not half-written by ours")
    }
}
