// replaced by the generator
