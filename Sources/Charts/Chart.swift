import BriefingModel
import Graphics

/// One chart: its words (title, source line, description) and its data.
/// Drawing happens later, on whatever canvas publishing chooses.
public struct Chart: Sendable {
    /// File stem: `ownership-joint-venture`, `financing`, `supply-share`.
    public var id: String
    public var title: String
    /// The caption the document prints with it.
    public var caption: String
    public var sourceLine: String
    /// One visible sentence saying what the chart shows (the accessible version).
    public var description: String
    public var size: Size
    public var body: Body
    public var theme: Theme

    public enum Body: Sendable {
        case pie(PieData)
        case bars(BarData)
        case shares(ShareData)
    }
}

/// A slice of an ownership pie.
public struct PieSlice: Sendable, Equatable {
    public var label: String
    public var value: Double
    /// `70%`, `~70%`.
    public var valueText: String
    public var color: Color
    /// The "not stated" remainder: drawn hatched in grey.
    public var isRemainder: Bool

    public init(label: String, value: Double, valueText: String, color: Color, isRemainder: Bool = false) {
        self.label = label; self.value = value; self.valueText = valueText; self.color = color; self.isRemainder = isRemainder
    }
}

public struct PieData: Sendable {
    public var slices: [PieSlice]
    /// Set when the stakes add up to more than 100%.
    public var warning: String?
}

/// A bar of the financing chart.
public struct Bar: Sendable, Equatable {
    public enum Extent: Sendable, Equatable {
        /// The value is stated.
        case exact
        /// "up to": the bar's end is a ceiling.
        case ceiling
        /// "over", or a gap computed from a ceiling: the end is a floor.
        case floor
        /// "some", "about".
        case approximate
        /// No amount given.
        case undisclosed
    }

    public var label: String
    public var detail: String?
    public var value: Double?
    public var valueText: String
    public var color: Color
    public var extent: Extent
}

public struct BarData: Sendable {
    public var bars: [Bar]
    public var currency: String?
}

/// One row of the supply-share chart: an actor's share and the rest.
public struct ShareRow: Sendable, Equatable {
    public var label: String
    public var actor: String
    public var share: Double
    public var shareText: String
    public var restText: String
    public var color: Color
    public var qualifier: Qualifier
}

public struct ShareData: Sendable {
    public var rows: [ShareRow]
}

/// The analysis with its charts: the input to composition.
public struct ChartedAnalysis: Sendable {
    public var analysis: Analysis
    public var charts: [Chart]
    public init(analysis: Analysis, charts: [Chart]) {
        self.analysis = analysis
        self.charts = charts
    }
}
