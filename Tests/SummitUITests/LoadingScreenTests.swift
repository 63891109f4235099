import SummitModel
import Testing

@testable import SummitUI

/// The loading screen, whole, as text; and the numbers it shows, from snapshots with made-up instants (the
/// estimate is a pure function of them: nothing here reads the clock to assert on it).
@Suite struct LoadingScreenTests {
    /// 412,000 of 1,000,000 records parsed, 3 s into parsing: a snapshot as the parser leaves it.
    static func parsing(at now: ContinuousClock.Instant) -> LoadProgress.Snapshot {
        var snapshot = LoadProgress.Snapshot()
        snapshot.phase = .parsing
        snapshot.bytesTotal = 263_000_000
        snapshot.bytesParsed = 108_356_000
        snapshot.records = 412_000
        snapshot.started = [now - .seconds(3.2), now - .seconds(3)]
        return snapshot
    }

    static let now = ContinuousClock.now
    /// A file name carrying an escape sequence: it must reach the grid as visible stand-ins.
    static let name = "big\u{1B}]0;owned\u{7}.json"

    @Test func goldenAt80x24() {
        let grid = LoadingScreen.render(
            name: Self.name, estimate: LoadEstimate(Self.parsing(at: Self.now), now: Self.now),
            size: Size(width: 80, height: 24))
        #expect(
            grid.text == """
                 summit








                  Loading ‘big␛]0;owned␇.json’

                  16%  parsing
                  ███████████▉░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
                  412,000 of ~1,000,000 records · 16% · about 16 s left

                  q quits








                """)
        #expect(grid[0, 0].style == .header && grid[79, 0].style == .header)
    }

    @Test func goldenAt40x12InAscii() {
        let grid = LoadingScreen.render(
            name: Self.name, estimate: LoadEstimate(Self.parsing(at: Self.now), now: Self.now),
            size: Size(width: 40, height: 12), glyphs: .ascii, quitKey: "x")
        #expect(
            grid.text == """
                 summit

                  Loading ‘big␛]0;owned␇.json’

                  16%  parsing
                  ######------------------------------
                  412,000 of ~1,000,000 records · 16%
                  about 16 s left

                  x quits


                """)
    }

    @Test func theScreenKeepsToTinySizes() {
        let estimate = LoadEstimate(Self.parsing(at: Self.now), now: Self.now)
        for (width, height) in [(0, 0), (1, 1), (10, 3), (20, 5)] {
            let grid = LoadingScreen.render(
                name: Self.name, estimate: estimate, size: Size(width: width, height: height))
            #expect(grid.size == Size(width: width, height: height))
            #expect(!grid.text.contains("\u{1B}"))
        }
    }

    @Test func parsingCountsBytesAndEstimatesTheRecords() {
        let estimate = LoadEstimate(Self.parsing(at: Self.now), now: Self.now)
        #expect(estimate.phase == .parsing)
        #expect(estimate.expectedRecords == 1_000_000)
        // Reading's share, then 41.2% of parsing's.
        #expect(abs(estimate.fraction - (0.02 + 0.35 * 0.412)) < 1e-9)
        let left = try! #require(estimate.secondsLeft)
        #expect(abs(left - 3.2 * (1 - estimate.fraction) / estimate.fraction) < 1e-6)
    }

    @Test func validatingGrowsWithItsTimeAndNeverReachesTheEndAlone() {
        var snapshot = Self.parsing(at: Self.now)
        snapshot.phase = .validating
        snapshot.bytesParsed = snapshot.bytesTotal
        snapshot.records = 1_000_000
        // Parsing took 3.5 s, so validating is expected to take 1.2 s.
        let start = Self.now
        snapshot.started = [start - .seconds(3.7), start - .seconds(3.5), start]
        let early = LoadEstimate(snapshot, now: start + .seconds(0.6))
        let late = LoadEstimate(snapshot, now: start + .seconds(60))
        #expect(abs(early.fraction - (0.37 + 0.12 * 0.5)) < 1e-9)
        #expect(abs(late.fraction - (0.37 + 0.12 * 0.95)) < 1e-9)
        #expect(early.expectedRecords == nil)
        #expect(early.line.hasPrefix("1,000,000 records · 43% · about "))
        #expect(late.percent < 100)
    }

    @Test func beforeAnythingIsParsedItSaysItIsEstimating() {
        var snapshot = LoadProgress.Snapshot()
        snapshot.started = [Self.now]
        let estimate = LoadEstimate(snapshot, now: Self.now + .seconds(1))
        #expect(estimate.line == "reading the file · 0% · estimating time left")
    }

    /// A cached start (about a second at a million records) says what it is doing rather than "reading the file".
    @Test func aCacheReadSaysSo() {
        var snapshot = LoadProgress.Snapshot()
        snapshot.started = [Self.now]
        snapshot.readingCache = true
        #expect(LoadEstimate(snapshot, now: Self.now + .seconds(1)).line.hasPrefix("reading the cache · 0%"))
        let progress = LoadProgress()
        progress.begin(.reading)
        progress.readingCache(true)
        #expect(progress.snapshot.readingCache)
        progress.readingCache(false)
        #expect(LoadEstimate(progress.snapshot, now: .now).line.hasPrefix("reading the file"))
    }

    @Test func roughCountsKeepThreeDigits() {
        #expect(LoadEstimate.roughly(999_999.6) == 1_000_000)
        #expect(LoadEstimate.roughly(343_217) == 343_000)
        #expect(LoadEstimate.roughly(812) == 812)
        #expect(LoadEstimate.roughly(.infinity) == 0)
    }
}
