/** Synthetic pitches for the editor benchmark: varied, seeded, no repeated paragraph. */

/** A synthetic pitch of about `words` words with no repeated paragraph (seeded, so runs compare). */
export function syntheticPitch(words, seed = 7) {
  let state = seed
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32)
  const pick = (list) => list[Math.floor(random() * list.length)]
  const people = ['Maria', 'Amir', 'Liisa', 'Johan', 'Aino', 'Karim', 'Sofia', 'Pekka', 'Elsa', 'Noor']
  const places = ['Tampere', 'Espoo', 'Vantaa', 'Umeå', 'Turku', 'Lund', 'Oulu', 'Malmö', 'Jyväskylä', 'Borås']
  const things = ['the bus route', 'the school canteen', 'home care visits', 'the library', 'snow clearing', 'the youth centre', 'recycling points', 'the health station']
  const templates = [
    () => `Every week in ${pick(places)}, ${Math.floor(random() * 900 + 100)} residents wait too long for ${pick(things)}.`,
    () => `${pick(people)}, who is ${Math.floor(random() * 60 + 20)}, loses ${Math.floor(random() * 5 + 1)} hours a week because ${pick(things)} does not work for her family.`,
    () => `We think our team will utilize data to improve ${pick(things)} and leverage very innovative partnerships.`,
    () => `Now the city can see which stops need help, and ${pick(people)} gets a message before ${Math.floor(random() * 3 + 7)} a.m.`,
    () => `In the pilot, complaints about ${pick(things)} dropped by ${Math.floor(random() * 40 + 10)} percent in ${Math.floor(random() * 10 + 2)} weeks.`,
    () => `But the current process is slow, so families in ${pick(places)} give up and the costs grow by ${Math.floor(random() * 90 + 10)},000 euros a year.`,
    () => `We ask the city for a ${Math.floor(random() * 9 + 3)}-month pilot in ${pick(places)} and ${Math.floor(random() * 50 + 10)},000 euros.`
  ]
  const paragraphs = []
  let count = 0
  let index = 0
  while (count < words) {
    const sentences = []
    for (let i = 0; i < 4; i++) sentences.push(pick(templates)())
    const paragraph = `${sentences.join(' ')} (Note ${++index}.)`
    paragraphs.push(paragraph)
    count += paragraph.split(/\s+/).length
    if (index % 6 === 0) paragraphs.push(`## Part ${index / 6}`)
  }
  return `# A synthetic pitch\n\n${paragraphs.join('\n\n')}\n`
}
