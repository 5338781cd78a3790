struct Particle {
    var x: Double
    var y: Double
    var vx: Double
    var vy: Double
    mutating func step(_ dt: Double) {
        x += vx * dt
        y += vy * dt
        if x < 0 || x > 100 { vx = -vx }
        if y < 0 || y > 100 { vy = -vy }
    }
}
func simulate(_ n: Int, _ steps: Int) -> Double {
    var particles: [Particle] = []
    for i in 0..<n {
        particles.append(Particle(x: Double(i % 100), y: Double(i * 7 % 100), vx: Double(i % 5) - 2.0, vy: 1.5 - Double(i % 3)))
    }
    for _ in 0..<steps {
        for i in 0..<particles.count { particles[i].step(0.5) }
    }
    var total = 0.0
    for p in particles { total += p.x + p.y }
    return total
}
// %%
simulate(1000, 200)
