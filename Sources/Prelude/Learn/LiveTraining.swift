import Platform
import Learn
import ModelViews
import Script

/// The live views of one `fit`: a progress bar and a loss chart, each shown once and then
/// replaced in place (at most every `interval` seconds, and never spending more than about a
/// fifth of the time drawing; the final state is always shown). When the front end shows only
/// text, one line per epoch instead.
final class LiveTraining {
    private let channel: DisplayChannel
    private let interpreter: Interpreter
    private let progressID: String
    private let lossID: String
    private let interval: Double
    private var nextProgress: Double = -.infinity
    private var nextLoss: Double = -.infinity
    private var latest: FitProgress?
    private var latestShown = true
    private var curves = TrainingCurves(loss: [])
    private var curvesShown = true

    init(context: LearnContext, interval: Double = 0.1) {
        channel = context.channel
        interpreter = context.interpreter
        let number = context.nextFitNumber()
        progressID = "loupe-fit-\(number)-progress"
        lossID = "loupe-fit-\(number)-loss"
        self.interval = interval
    }

    /// `fit`'s progress callback.
    func report(_ progress: FitProgress) {
        latest = progress
        latestShown = false
        if progress.isEpochEnd { record(progress) }
        let now = MonotonicClock.seconds()
        if channel.isTextOnly {
            if progress.isEpochEnd, now >= nextProgress { showText(now) }
            return
        }
        if now >= nextProgress { showProgress(now) }
        if !curvesShown, now >= nextLoss { showLoss(MonotonicClock.seconds()) }
    }

    /// Shows whatever the throttle held back, so the saved output is the final state.
    func finish() {
        if channel.isTextOnly {
            if !latestShown { showText(MonotonicClock.seconds()) }
            return
        }
        if !latestShown { showProgress(MonotonicClock.seconds()) }
        if !curvesShown { showLoss(MonotonicClock.seconds()) }
    }

    private func record(_ progress: FitProgress) {
        curves = TrainingCurves(loss: curves.loss + [progress.loss],
                                accuracy: curves.accuracy + (progress.accuracy.map { [$0] } ?? []),
                                validationLoss: curves.validationLoss + (progress.validationLoss.map { [$0] } ?? []),
                                validationAccuracy: curves.validationAccuracy + (progress.validationAccuracy.map { [$0] } ?? []))
        curvesShown = false
    }

    private func showProgress(_ now: Double) {
        guard let latest else { return }
        show(ChartValue(TrainingProgress(latest), name: "TrainingProgress"), id: progressID)
        latestShown = true
        nextProgress = nextTime(started: now)
    }

    private func showLoss(_ now: Double) {
        guard let total = latest?.epochs else { return }
        let chart: LossCurve
        do { chart = try LossCurve(curves, totalEpochs: total, title: "Training loss") } catch {
            Self.keepInterrupt(error)
            return
        }
        show(ChartValue(chart, name: "LossCurve"), id: lossID)
        curvesShown = true
        nextLoss = nextTime(started: now)
    }

    private func showText(_ now: Double) {
        guard let latest else { return }
        interpreter.write(TrainingProgress(latest).figures + "\n")
        latestShown = true
        nextProgress = now + interval
    }

    /// When the next frame may be drawn: `interval` after this one, or four times the time this
    /// one took to draw, whichever is later.
    private func nextTime(started: Double) -> Double {
        let drawing = MonotonicClock.seconds() - started
        return MonotonicClock.seconds() + max(interval, 4 * drawing)
    }

    private func show(_ value: ChartValue, id: String) {
        let bundle: DisplayBundle
        do { bundle = try value.displayBundle() } catch {
            Self.keepInterrupt(error)
            bundle = .plain(value.chart.text())
        }
        channel.show(bundle, id: id)
    }

    /// A frame that stopped because the cell was interrupted took the request (`Interrupt.check`);
    /// it is asked again so that fit, which polls between steps, still stops.
    private static func keepInterrupt(_ error: any Error) {
        if ScriptError(platform: error)?.kind == .interrupted { Interrupt.current?.request() }
    }
}
