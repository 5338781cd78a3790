Array(repeat: 0, count: 2)
// expect error: TypeError: incorrect argument label in call (have 'repeat:', expected 'repeating:')
