/// A point in PostScript points, y growing downwards (Cairo's convention).
public struct Point: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}

public struct Size: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public init(_ width: Double, _ height: Double) { self.width = width; self.height = height }
}

public struct Rect: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// True when the two rectangles share any area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func insetBy(_ dx: Double, _ dy: Double) -> Rect {
        Rect(x + dx, y + dy, width - 2 * dx, height - 2 * dy)
    }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }
}

/// An outline to fill or stroke.
public struct Path: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
        case move(Point)
        case line(Point)
        /// A circular arc around `center`, angles in radians, clockwise on the page.
        case arc(center: Point, radius: Double, start: Double, end: Double)
        case close
    }

    public var elements: [Element] = []
    public init(_ elements: [Element] = []) { self.elements = elements }

    public static func rect(_ rect: Rect) -> Path {
        Path([.move(Point(rect.x, rect.y)), .line(Point(rect.maxX, rect.y)), .line(Point(rect.maxX, rect.maxY)),
              .line(Point(rect.x, rect.maxY)), .close])
    }

    public static func line(_ from: Point, _ to: Point) -> Path {
        Path([.move(from), .line(to)])
    }

    public static func polyline(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        return Path([.move(first)] + points.dropFirst().map { .line($0) })
    }

    /// A pie slice from `start` to `end` (radians, 0 at three o'clock, clockwise).
    public static func wedge(center: Point, radius: Double, start: Double, end: Double) -> Path {
        Path([.move(center), .arc(center: center, radius: radius, start: start, end: end), .close])
    }
}
