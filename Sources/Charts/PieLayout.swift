import Foundation
import Graphics

/// Where each slice and label of a pie goes. Computed before drawing so a
/// test can check that no two labels overlap.
public struct PieLayout: Sendable {
    public struct SliceGeometry: Sendable {
        public var start: Double
        public var end: Double
        public var slice: PieSlice
    }

    public struct Label: Sendable {
        public var text: String
        public var rect: Rect
        public var inside: Bool
        /// Leader line from the slice edge to the label, for outside labels.
        public var leader: [Point]
        public var sliceIndex: Int
    }

    public var center: Point
    public var radius: Double
    public var slices: [SliceGeometry]
    public var labels: [Label]
    /// Slices listed in a legend because their labels could not be placed.
    public var legend: [Int]
    public var legendOrigin: Point

    public static let labelGap = 3.0

    /// Lays a pie out in `frame`: labels inside slices that can hold them,
    /// outside with leader lines for thin slices, stacked per side without
    /// overlap; when the outside labels cannot all fit, a legend instead.
    public static func compute(_ slices: [PieSlice], in frame: Rect, labelStyle: TextStyle, measurer: TextMeasuring) -> PieLayout {
        let total = max(slices.reduce(0) { $0 + $1.value }, 1e-9)
        let radius = min(frame.height / 2 - 6, frame.width / 2 - 150, 100)
        let center = Point(frame.midX, frame.midY)
        var geometry: [SliceGeometry] = []
        var angle = -Double.pi / 2
        for slice in slices {
            let sweep = slice.value / total * 2 * Double.pi
            geometry.append(SliceGeometry(start: angle, end: angle + sweep, slice: slice))
            angle += sweep
        }

        var labels: [Label] = []
        var outside: [(index: Int, text: String, size: Size, mid: Double)] = []
        let maxLabelWidth = max(60, frame.width / 2 - radius - 34)
        for (index, item) in geometry.enumerated() {
            let text = item.slice.label + "\n" + item.slice.valueText
            let size = measurer.measure(text, style: labelStyle, width: maxLabelWidth)
            let mid = (item.start + item.end) / 2
            // Try a few distances from the centre; big slices hold their label nearer the middle.
            let inside = [0.6, 0.5, 0.7, 0.4].lazy.map { fraction -> Rect in
                let anchor = Point(center.x + cos(mid) * radius * fraction, center.y + sin(mid) * radius * fraction)
                return Rect(anchor.x - size.width / 2, anchor.y - size.height / 2, size.width, size.height)
            }.first { fitsInside($0, center: center, radius: radius, start: item.start, end: item.end) }
            if let box = inside {
                labels.append(Label(text: text, rect: box, inside: true, leader: [], sliceIndex: index))
            } else {
                outside.append((index, text, size, mid))
            }
        }

        // Outside labels: one column per side, in angle order, pushed apart.
        var placedOutside: [Label] = []
        var fitsAll = true
        for side in [1.0, -1.0] {
            let column = outside.filter { (cos($0.mid) >= 0 ? 1.0 : -1.0) == side }
                .sorted { sin($0.mid) < sin($1.mid) }
            var boxes: [Rect] = column.map { item in
                let desiredY = center.y + sin(item.mid) * (radius + 12) - item.size.height / 2
                let x = side > 0 ? center.x + radius + 22 : center.x - radius - 22 - item.size.width
                return Rect(x, desiredY, item.size.width, item.size.height)
            }
            // Downwards from the top of the frame: no overlap; then back up if the column runs off the bottom.
            if let first = boxes.indices.first, boxes[first].y < frame.y { boxes[first].y = frame.y }
            for i in boxes.indices.dropFirst() where boxes[i].y < boxes[i - 1].maxY + labelGap {
                boxes[i].y = boxes[i - 1].maxY + labelGap
            }
            if let last = boxes.indices.last, boxes[last].maxY > frame.maxY {
                boxes[last].y = frame.maxY - boxes[last].height
                for i in boxes.indices.dropLast().reversed() where boxes[i].maxY + labelGap > boxes[i + 1].y {
                    boxes[i].y = boxes[i + 1].y - labelGap - boxes[i].height
                }
            }
            if let first = boxes.first, first.y < frame.y { fitsAll = false }
            for (item, box) in zip(column, boxes) {
                let edge = Point(center.x + cos(item.mid) * radius, center.y + sin(item.mid) * radius)
                let elbow = Point(center.x + cos(item.mid) * (radius + 8), center.y + sin(item.mid) * (radius + 8))
                let end = Point(side > 0 ? box.x - 2 : box.maxX + 2, box.midY)
                placedOutside.append(Label(text: item.text, rect: box, inside: false, leader: [edge, elbow, end], sliceIndex: item.index))
            }
        }
        // Outside labels must also clear the pie itself and each other.
        for label in placedOutside where circleIntersects(label.rect, center: center, radius: radius + 2) { fitsAll = false }

        if fitsAll {
            return PieLayout(center: center, radius: radius, slices: geometry, labels: labels + placedOutside,
                             legend: [], legendOrigin: .init(0, 0))
        }
        // Too many thin slices: move the pie left and list every slice in a legend.
        let legendCenter = Point(frame.x + radius + 10, frame.midY)
        var legendLabels: [Label] = []
        let legendX = legendCenter.x + radius + 30
        var y = frame.y
        for (index, item) in geometry.enumerated() {
            let text = item.slice.label + "  " + item.slice.valueText
            let size = measurer.measure(text, style: labelStyle, width: frame.maxX - legendX - 14)
            legendLabels.append(Label(text: text, rect: Rect(legendX + 14, y, size.width, size.height), inside: false, leader: [], sliceIndex: index))
            y += size.height + labelGap
        }
        var shifted = geometry
        for i in shifted.indices { shifted[i].slice = geometry[i].slice }
        return PieLayout(center: legendCenter, radius: radius, slices: shifted, labels: legendLabels,
                         legend: Array(geometry.indices), legendOrigin: Point(legendX, frame.y))
    }

    /// All four corners of `box` lie within the wedge, clear of its edges.
    static func fitsInside(_ box: Rect, center: Point, radius: Double, start: Double, end: Double) -> Bool {
        guard end - start < 2 * Double.pi - 1e-9 else {
            return [Point(box.x, box.y), Point(box.maxX, box.y), Point(box.x, box.maxY), Point(box.maxX, box.maxY)]
                .allSatisfy { hypot($0.x - center.x, $0.y - center.y) < radius * 0.95 }
        }
        let corners = [Point(box.x, box.y), Point(box.maxX, box.y), Point(box.x, box.maxY), Point(box.maxX, box.maxY)]
        for corner in corners {
            let dx = corner.x - center.x
            let dy = corner.y - center.y
            let distance = hypot(dx, dy)
            if distance > radius * 0.95 || distance < 2 { return false }
            var theta = atan2(dy, dx)
            while theta < start { theta += 2 * Double.pi }
            while theta > start + 2 * Double.pi { theta -= 2 * Double.pi }
            // Keep a small angular margin so text does not touch slice borders.
            let margin = 3 / distance
            if theta < start + margin || theta > end - margin { return false }
        }
        return true
    }

    static func circleIntersects(_ rect: Rect, center: Point, radius: Double) -> Bool {
        let nearestX = min(max(center.x, rect.x), rect.maxX)
        let nearestY = min(max(center.y, rect.y), rect.maxY)
        return hypot(center.x - nearestX, center.y - nearestY) < radius
    }
}
