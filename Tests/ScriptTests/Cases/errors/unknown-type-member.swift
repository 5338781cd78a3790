Double.tauValue
// expect error: NameError: type 'Double' has no member 'tauValue'
