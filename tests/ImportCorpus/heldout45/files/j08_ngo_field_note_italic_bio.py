from lib import Doc


def build():
    d = Doc('j08_ngo_field_note_italic_bio', blank=False, web=True)
    d.sidecar = 'url: https://www.tallowmere-relief.example.org/our-work/field-notes/a-clinic-between-two-checkpoints\n'
    d.notes = ['The breadcrumb\'s last genre item "Field Notes" names the kind (singular: field note). The italic closing',
               'bio (with its honorific), the script placeholders and the error line are not text.']
    a = d.art('A Clinic Between Two Checkpoints', ['Amadou Feliks-Traore'], '2047-10-07', 'field note', 'Tallowmere Relief')
    d.fl('Tallowmere Relief',
         'Donate now',
         'Who we are | Where we work | Our work | Get involved | Newsroom',
         'Home \u203a Our work \u203a Field Notes',
         'A Clinic Between Two Checkpoints',
         '7 October 2047',
         'Something went wrong while loading this content. Please reload the page.',
         '[ video placeholder ]')
    d.tl(a, 'The road to Tell Amrun is eleven kilometres long and crosses two checkpoints. On a good day the drive takes forty minutes. On the day I first made it, in July, it took six hours, most of them spent in a queue of ambulances, water trucks and farmers\' pickups waiting for a soldier with a clipboard to wave us through.',
          'Our clinic sits between the two checkpoints, in a former school that the village council lent us in 2046. It is the only place within a day\'s travel where a woman can give birth with a midwife present, and the only place for many villages where a child with pneumonia can be given oxygen.',
          'Every morning the staff count who has made it through. Some days it is sixty patients; some days it is nine. The number has nothing to do with how many people are ill and everything to do with which checkpoint is open, and for how long.',
          'Last month a young mother arrived at dusk after waiting since dawn at the northern checkpoint. Her baby was born forty minutes later. Our midwife, Salma, told me afterwards that she had stopped counting the births that happen in cars. "The car is not the problem," she said. "The waiting is the problem."',
          'We have asked both sides for a dedicated medical lane. Both have said yes in principle. Neither has opened one. Until they do, the most important piece of equipment in our clinic is not the oxygen concentrator or the delivery bed but the phone we use to ask, every morning, which road is open today.')
    d.fl('*Dr. Amadou Feliks-Traore is Tallowmere Relief\'s medical coordinator for the northern districts. He has worked in emergency medicine for fourteen years.*',
         'Share this story',
         'Facebook  X  WhatsApp  Email',
         'Loading\u2026',
         '\u20ac30 can buy a week of oxygen for a child with pneumonia. Donate today.',
         'More field notes',
         'Water Trucks and Waiting Lists',
         'The Midwives of the Eastern Valley',
         'Tallowmere Relief is a registered charity. Images: \u00a9 Tallowmere Relief unless stated otherwise.',
         'Privacy notice \u00b7 Cookie settings \u00b7 Safeguarding \u00b7 Contact')
    return d
