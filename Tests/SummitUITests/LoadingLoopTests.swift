import Dispatch
import Foundation
import SummitModel
import Testing

@testable import SummitUI
@testable import summit_bench

/// Opened by a test to let a load's job finish: the load stays "running" exactly as long as the test wants.
final class LoadGate: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    func open() { semaphore.signal() }
    func pass() { semaphore.wait() }
}

/// A `Screen` for the loading loop: each step is an event, a frame's time passing with nothing typed, or the
/// load finishing (the gate opens and the screen waits for the job to end) before the time passes.
final class LoadingScreenScript: Screen {
    enum Step {
        case event(InputEvent)
        case idle
        case finishLoad
    }

    var size: Size
    private var steps: [Step]
    private(set) var frames: [CellGrid] = []
    private(set) var invalidated = 0
    var finish: () -> Void = {}

    init(size: Size, steps: [Step]) {
        self.size = size
        self.steps = steps
    }

    func paint(_ grid: CellGrid) { frames.append(grid) }

    func nextEvent(milliseconds: Int) -> InputEvent? {
        guard !steps.isEmpty else { return .hangup }
        switch steps.removeFirst() {
        case .event(let event):
            if case .resize(let new) = event { size = new }
            return event
        case .idle: return nil
        case .finishLoad:
            finish()
            return nil
        }
    }

    /// The explorer, once loaded, waits without a clock: only events count.
    func nextEvent() -> InputEvent {
        while !steps.isEmpty {
            if case .event(let event) = steps.removeFirst() { return event }
        }
        return .hangup
    }

    func suspend() {}
    func invalidate() { invalidated += 1 }
}

@Suite struct LoadingLoopTests {
    /// A load of the fixture that ends only when its gate opens, and then only if it was not cancelled.
    static func gatedLoad() -> (BackgroundLoad, LoadGate) {
        let gate = LoadGate()
        let load = BackgroundLoad(name: "fixture.json") { progress in
            gate.pass()
            return progress.isCancelled ? nil : Fixture.index
        }
        return (load, gate)
    }

    static func loop(_ load: BackgroundLoad, grace: Int = 0) -> LoadingLoop {
        var loop = LoadingLoop(load: load)
        loop.graceMilliseconds = grace
        return loop
    }

    static let size = Size(width: 80, height: 24)

    @Test func panesFillWhenTheLoadEndsAndKeysTypedMeanwhileAreIgnored() {
        let (load, gate) = Self.gatedLoad()
        let screen = LoadingScreenScript(
            size: Self.size,
            steps: [
                .idle, .event(.key(.character("j"))), .event(.key(.character("2"))), .finishLoad,
                .event(.key(.character("q"))),
            ])
        screen.finish = {
            gate.open()
            _ = load.join()
        }
        var explored = 0
        let result = Self.loop(load).run(on: screen) { index in
            explored += 1
            return ExplorerLoop(index: index)
        }
        #expect(result == .success(0))
        #expect(explored == 1)
        let loading = screen.frames.prefix { $0.text.contains("Loading ‘fixture.json’") }
        #expect(loading.count == 4)
        #expect(loading.allSatisfy { $0.text.contains("q quits") })
        // The first frame after the load is the explorer's own first frame: j and 2 moved nothing.
        let fresh = ScriptedScreen(size: Self.size, script: ScriptedScreen.keys("q"))
        _ = ExplorerLoop(index: Fixture.index).run(on: fresh)
        #expect(screen.frames.count == loading.count + 1)
        #expect(screen.frames.last == fresh.frames.first)
        #expect(screen.frames.last?.text.contains("Pillars") == true)
    }

    @Test(arguments: [
        (InputEvent.key(.character("q")), Int32(0)), (.key(.control("c")), Reducer.interruptedStatus),
        (.hangup, Reducer.hangupStatus), (.terminate, Reducer.terminatedStatus),
    ])
    func quittingWhileLoadingCancelsTheLoadAndEndsItsThread(event: InputEvent, status: Int32) {
        let (load, gate) = Self.gatedLoad()
        let screen = LoadingScreenScript(size: Self.size, steps: [.idle, .event(event)])
        var explored = false
        let result = Self.loop(load).run(on: screen) { index in
            explored = true
            return ExplorerLoop(index: index)
        }
        #expect(result == .success(status))
        #expect(!explored)
        #expect(load.progress.isCancelled)
        #expect(screen.frames.allSatisfy { $0.text.contains("Loading") })
        // The job sees the cancellation and ends: join returns, with no dataset.
        gate.open()
        guard case .cancelled = load.join() else {
            Issue.record("a cancelled load still produced an index")
            return
        }
    }

    @Test func resizeRedrawsAtTheNewSizeAndCtrlLInvalidates() {
        let (load, gate) = Self.gatedLoad()
        defer {
            gate.open()
            _ = load.join()
        }
        let small = Size(width: 40, height: 12)
        let screen = LoadingScreenScript(
            size: Self.size,
            steps: [.event(.resize(small)), .event(.key(.control("l"))), .event(.key(.character("q")))])
        _ = Self.loop(load).run(on: screen) { ExplorerLoop(index: $0) }
        #expect(screen.frames.map(\.size) == [Self.size, small, small])
        #expect(screen.invalidated == 1)
        #expect(screen.frames[1].text.contains("q quits"))
    }

    @Test func aFailedLoadReturnsItsErrorAndNeverExplores() {
        let problem = DatasetProblem(path: "$", message: "the file is empty", fix: "write a dataset")
        let error = DatasetError.invalid(file: "bad.json", problems: [problem])
        let load = BackgroundLoad(name: "bad.json") { _ throws(DatasetError) in throw error }
        let screen = LoadingScreenScript(size: Self.size, steps: [.finishLoad])
        screen.finish = { _ = load.join() }
        let result = Self.loop(load).run(on: screen) { ExplorerLoop(index: $0) }
        #expect(result == .failure(error))
    }

    @Test func aLoadDoneWithinTheGracePaintsNoLoadingScreen() {
        let load = BackgroundLoad(name: "fixture.json") { _ in Fixture.index }
        let screen = LoadingScreenScript(size: Self.size, steps: [.event(.key(.character("q")))])
        // A grace long enough for any machine: the point is what is painted, not how fast.
        let result = Self.loop(load, grace: 600_000).run(on: screen) { ExplorerLoop(index: $0) }
        #expect(result == .success(0))
        #expect(screen.frames.count == 1)
        #expect(screen.frames.first?.text.contains("Loading") == false)
    }

    @Test func theParserReportsRecordsAndStopsAtTheFirstCheckOnceCancelled() throws {
        let dataset = SyntheticDataset.make(records: 3 * LoadProgress.reportEvery)
        let data = try JSONEncoder().encode(dataset)
        let total = dataset.counts.reduce(0) { $0 + $1.count }

        let watched = LoadProgress()
        let loaded = try DatasetLoader.load(data: data, origin: "synthetic", progress: watched)
        #expect(loaded == dataset)
        #expect(watched.snapshot.records == total)
        #expect(watched.snapshot.bytesParsed == data.count)
        #expect(watched.snapshot.phase == .validating)

        let cancelled = LoadProgress()
        cancelled.cancel()
        #expect(try DatasetLoader.load(data: data, origin: "synthetic", progress: cancelled) == nil)
        #expect(cancelled.snapshot.records == LoadProgress.reportEvery)
        #expect(cancelled.snapshot.bytesParsed < data.count)
    }
}
